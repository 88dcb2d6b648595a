package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A new follow-up (Wiedervorlage): the day it is due and a title of at most 300 characters. */
public record FollowUpDraft(LocalDate dueOn, String title) {

	public static final int TITLE_MAX = 300;

	public FollowUpDraft {
		List<Violation> violations = new ArrayList<>();
		if (dueOn == null) {
			violations.add(new Violation("dueOn", "casework.error.required"));
		} else if (dueOn.isAfter(Plausible.LATEST)) {
			violations.add(new Violation("dueOn", "casework.error.date.range", Plausible.EARLIEST.toString(),
					Plausible.LATEST.toString()));
		}
		title = Texts.line("title", title, TITLE_MAX, true, violations);
		CaseInputException.throwIfAny(violations);
	}
}
