package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.casework.LifeDomain;

/** A new goal: its life domain, a title of at most 300 characters and an optional due date. */
public record GoalDraft(LifeDomain domain, String title, LocalDate dueOn) {

	public static final int TITLE_MAX = 300;

	public GoalDraft {
		List<Violation> violations = new ArrayList<>();
		if (domain == null) {
			violations.add(new Violation("domain", "casework.error.required"));
		}
		title = Texts.line("title", title, TITLE_MAX, true, violations);
		if (dueOn != null && (dueOn.isBefore(Plausible.EARLIEST) || dueOn.isAfter(Plausible.LATEST))) {
			violations.add(new Violation("dueOn", "casework.error.date.range", Plausible.EARLIEST.toString(),
					Plausible.LATEST.toString()));
		}
		CaseInputException.throwIfAny(violations);
	}
}
