package de.nrw.kim.generator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The confirmed network partners of one municipality that consents cover and referrals go to. */
final class Partners {

	record Partner(UUID id, String legalDomain) {
	}

	private static final String[][] KINDS = { { "Jobcenter", "JOBCENTER", "SGB_II" },
			{ "Agentur für Arbeit", "EMPLOYMENT_AGENCY", "SGB_III" }, { "Ausländerbehörde", "IMMIGRATION_OFFICE", "AUFENTHG" },
			{ "Einbürgerungsbehörde", "NATURALISATION_OFFICE", "STAG" }, { "Sozialamt", "SOCIAL_WELFARE_OFFICE", "SGB_XII" },
			{ "Jugendamt", "YOUTH_OFFICE", "SGB_VIII" }, { "Migrationsberatung für Erwachsene", "MIGRATION_COUNSELLING", "OTHER" },
			{ "Volkshochschule – Integrationskurse", "LANGUAGE_COURSE_PROVIDER", "OTHER" } };

	private final List<Partner> partners;

	private Partners(List<Partner> partners) {
		this.partners = partners;
	}

	static Partners generate(Batch batch, String place, String by, SplittableRandom random) {
		List<Partner> partners = new ArrayList<>();
		for (String[] kind : KINDS) {
			UUID id = Ids.next(random);
			batch.partners.row(batch.municipality, id, kind[0] + " " + place, kind[1], List.of(kind[2]), "CONFIRMED", place, by, by);
			partners.add(new Partner(id, kind[2]));
		}
		return new Partners(partners);
	}

	List<Partner> some(SplittableRandom random) {
		int first = random.nextInt(partners.size());
		int count = 1 + random.nextInt(3);
		List<Partner> some = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			some.add(partners.get((first + i) % partners.size()));
		}
		return some;
	}
}
