package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A perspective hint: help for a person to check a route, never a decision. LIKELY when every
 * criterion the rules can see is met, NOT_YET when one is missing, CHECK otherwise.
 */
public record Hint(String route, Status status, List<String> reasons, String legalSource, String rulesVersion,
		LocalDate evaluatedOn) {

	public enum Status {
		LIKELY, CHECK, NOT_YET
	}

	static Hint of(Rule rule, LocalDate on, List<Criterion> criteria, String... notes) {
		Status status = criteria.stream().anyMatch(c -> c.outcome() == Criterion.Outcome.MISSING) ? Status.NOT_YET
				: criteria.stream().anyMatch(c -> c.outcome() == Criterion.Outcome.UNKNOWN) ? Status.CHECK : Status.LIKELY;
		List<String> reasons = new ArrayList<>(criteria.stream().map(Criterion::reason).toList());
		reasons.addAll(List.of(notes));
		return new Hint(rule.route(), status, List.copyOf(reasons), rule.legalSource(), rule.version(), on);
	}

	/** A hint whose status is fixed by the rule itself (e.g. an expired regulation). */
	static Hint fixed(Rule rule, LocalDate on, Status status, String... reasons) {
		return new Hint(rule.route(), status, List.of(reasons), rule.legalSource(), rule.version(), on);
	}
}
