package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.nrw.kim.client.PartialDate;

/**
 * Whether a client falls into a target group of the KIM concept on a day. Only a hint at intake,
 * never a barrier: a partial birth date counts in the client's favour (any day it can stand for),
 * and a missing fact makes the answer "cannot tell" instead of "no" (ADR 0706).
 */
public final class Eligibility {

	public enum Outcome {
		/** The municipality has no target group valid on the day: nothing to say. */
		NO_RULES,
		/** The client falls into at least one target group. */
		MATCH,
		/** The client surely falls into none. */
		NO_MATCH,
		/** No group matches for sure, but a fact some group needs is not recorded. */
		UNKNOWN
	}

	/** Facts a rule needs and the client's record lacks. */
	public enum MissingFact {
		ARRIVAL_DATE, BIRTH_DATE
	}

	public record Result(Outcome outcome, List<String> matchingGroups, List<String> checkedGroups, Set<MissingFact> missing) {

		public boolean warn() {
			return outcome == Outcome.NO_MATCH || outcome == Outcome.UNKNOWN;
		}
	}

	private Eligibility() {
	}

	public static Result check(List<TargetGroup> groups, LocalDate today, LocalDate arrivedOn, PartialDate bornOn) {
		List<String> matching = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		Set<MissingFact> missing = new LinkedHashSet<>();
		boolean unknown = false;
		for (TargetGroup group : groups) {
			if (!group.validOn(today)) {
				continue;
			}
			checked.add(group.name());
			Set<MissingFact> lacking = new LinkedHashSet<>();
			boolean fails = false;
			if (group.arrivedWithinYears() != null) {
				if (arrivedOn == null) {
					lacking.add(MissingFact.ARRIVAL_DATE);
				} else {
					fails = arrivedOn.isBefore(today.minusYears(group.arrivedWithinYears()));
				}
			}
			if (group.minAge() != null || group.maxAge() != null) {
				if (bornOn == null) {
					lacking.add(MissingFact.BIRTH_DATE);
				} else {
					int oldest = Period.between(bornOn.earliest(), today).getYears();
					int youngest = Period.between(bornOn.latest(), today).getYears();
					fails |= group.minAge() != null && oldest < group.minAge();
					fails |= group.maxAge() != null && youngest > group.maxAge();
				}
			}
			if (fails) {
				continue;
			}
			if (lacking.isEmpty()) {
				matching.add(group.name());
			} else {
				unknown = true;
				missing.addAll(lacking);
			}
		}
		Outcome outcome = checked.isEmpty() ? Outcome.NO_RULES
				: !matching.isEmpty() ? Outcome.MATCH : unknown ? Outcome.UNKNOWN : Outcome.NO_MATCH;
		return new Result(outcome, matching, checked, outcome == Outcome.UNKNOWN ? missing : Set.of());
	}
}
