package de.nrw.kim.casework.internal;

import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.casework.ClosureReason;

/**
 * Closing a case by hand: a reason a case manager may choose ({@link ClosureReason#TRANSFERRED} is
 * set only by a transfer) and an optional note of at most 2,000 characters.
 */
public record ManualClosure(ClosureReason reason, String note) {

	public static final int NOTE_MAX = 2_000;

	public ManualClosure {
		List<Violation> violations = new ArrayList<>();
		if (reason == null) {
			violations.add(new Violation("reason", "casework.error.required"));
		} else if (!reason.isManual()) {
			violations.add(new Violation("reason", "casework.error.closure.transferred"));
		}
		note = Texts.check("note", note, NOTE_MAX, false, violations);
		CaseInputException.throwIfAny(violations);
	}
}
