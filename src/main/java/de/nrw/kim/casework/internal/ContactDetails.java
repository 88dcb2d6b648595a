package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One documented contact: the day, how, how long (1–600 minutes), whether an interpreter took
 * part, and a note of at most 10,000 characters. That the day is not in the future is checked by
 * the case when the contact is recorded.
 */
public record ContactDetails(LocalDate on, ContactMode mode, Integer minutes, boolean interpreter, String note) {

	public static final int MINUTES_MAX = 600;
	public static final int NOTE_MAX = 10_000;

	public ContactDetails {
		List<Violation> violations = new ArrayList<>();
		if (on == null) {
			violations.add(new Violation("on", "casework.error.required"));
		} else if (on.isBefore(Plausible.EARLIEST)) {
			violations.add(new Violation("on", "casework.error.date.tooEarly", Plausible.EARLIEST.toString()));
		}
		if (mode == null) {
			violations.add(new Violation("mode", "casework.error.required"));
		}
		if (minutes == null) {
			violations.add(new Violation("minutes", "casework.error.required"));
		} else if (minutes < 1 || minutes > MINUTES_MAX) {
			violations.add(new Violation("minutes", "casework.error.contact.minutes", MINUTES_MAX));
		}
		note = Texts.check("note", note, NOTE_MAX, false, violations);
		CaseInputException.throwIfAny(violations);
	}
}
