package de.nrw.kim.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.casework.internal.Contact;
import de.nrw.kim.casework.internal.ContactMode;

/** A documented contact as the API shows it. */
record ContactResponse(UUID id, UUID caseId, LocalDate on, ContactMode mode, Integer minutes, boolean interpreter,
		String note, Instant recordedAt, String recordedBy) {

	static ContactResponse of(Contact c) {
		var d = c.details();
		return new ContactResponse(c.id(), c.caseId().value(), d.on(), d.mode(), d.minutes(), d.interpreter(),
				d.note(), c.recordedAt(), c.recordedBy());
	}
}
