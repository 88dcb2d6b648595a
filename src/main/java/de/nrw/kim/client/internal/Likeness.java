package de.nrw.kim.client.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.nrw.kim.client.PartialDate;

/**
 * How likely two entries describe the same person, for the duplicate warning (ADR 0101). Compares
 * name part with name part (family name weighs more), in both orders, and the whole name with the
 * other's original-script name; a birth date that cannot be the same day rules a candidate out.
 */
final class Likeness {

	/** Meier/Mayer with the same given name reaches ≈ 0.92; the same given name alone 0.45. */
	static final double THRESHOLD = 0.7;
	static final double PHONETIC_MATCH = 0.85;
	private static final double FAMILY_WEIGHT = 0.55;
	private static final double GIVEN_WEIGHT = 0.45;
	/** a candidate whose birth date is unknown (on either side) counts a little less */
	private static final double UNKNOWN_BIRTH_FACTOR = 0.9;

	private Likeness() {
	}

	/** 0..1, or 0 when the birth dates rule it out. */
	static double of(String givenName, String familyName, PartialDate birthDate, Clients.Match candidate) {
		double factor = UNKNOWN_BIRTH_FACTOR;
		if (birthDate != null && candidate.birthDate() != null) {
			if (!birthDate.isCompatibleWith(PartialDate.parse(candidate.birthDate()))) {
				return 0;
			}
			factor = 1.0;
		}
		double straight = FAMILY_WEIGHT * part(familyName, candidate.familyName())
				+ GIVEN_WEIGHT * part(givenName, candidate.givenName());
		double swapped = FAMILY_WEIGHT * part(familyName, candidate.givenName())
				+ GIVEN_WEIGHT * part(givenName, candidate.familyName());
		double original = candidate.originalScriptName() == null ? 0
				: trigram(SearchKeys.spellings(givenName + " " + familyName),
						SearchKeys.spellings(candidate.originalScriptName()));
		return round(factor * Math.max(Math.max(straight, swapped), original));
	}

	/** Similarity of two name parts: the best trigram similarity of their spellings, or a phonetic match. */
	static double part(String a, String b) {
		List<String> as = SearchKeys.spellings(a);
		List<String> bs = SearchKeys.spellings(b);
		double best = trigram(as, bs);
		if (best < PHONETIC_MATCH && phoneticMatch(as, bs)) {
			best = PHONETIC_MATCH;
		}
		return best;
	}

	/** pg_trgm's {@code similarity()}: shared trigrams of the padded words over all trigrams. */
	static double trigram(String a, String b) {
		Set<String> ta = trigrams(a);
		Set<String> tb = trigrams(b);
		if (ta.isEmpty() || tb.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(ta);
		shared.retainAll(tb);
		return (double) shared.size() / (ta.size() + tb.size() - shared.size());
	}

	private static double trigram(List<String> as, List<String> bs) {
		double best = 0;
		for (String a : as) {
			for (String b : bs) {
				best = Math.max(best, trigram(a, b));
			}
		}
		return best;
	}

	private static boolean phoneticMatch(List<String> as, List<String> bs) {
		Set<String> codes = new HashSet<>();
		as.forEach(a -> codes.add(SearchKeys.phoneticCode(a)));
		codes.remove("");
		return bs.stream().map(SearchKeys::phoneticCode).anyMatch(codes::contains);
	}

	private static Set<String> trigrams(String spelling) {
		Set<String> result = new HashSet<>();
		for (String word : spelling.split(" ")) {
			if (!word.isEmpty()) {
				String padded = "  " + word + " ";
				for (int i = 0; i + 3 <= padded.length(); i++) {
					result.add(padded.substring(i, i + 3));
				}
			}
		}
		return result;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
