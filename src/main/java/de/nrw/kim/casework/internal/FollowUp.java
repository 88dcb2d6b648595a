package de.nrw.kim.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;

/** A dated reminder on a case (Wiedervorlage), for the case manager responsible when it was set. */
public record FollowUp(UUID id, CaseId caseId, LocalDate dueOn, String title, String assignedTo, boolean done,
		Instant doneAt, String doneBy, Instant createdAt, String createdBy) {

	FollowUp markDone(String by, Instant at) {
		return new FollowUp(id, caseId, dueOn, title, assignedTo, true, at, by, createdAt, createdBy);
	}
}
