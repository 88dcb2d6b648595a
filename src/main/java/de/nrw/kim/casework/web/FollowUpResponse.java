package de.nrw.kim.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.casework.internal.FollowUp;

/** A follow-up as the API shows it; {@code clientId} only on the worklist. */
record FollowUpResponse(UUID id, UUID caseId, UUID clientId, LocalDate dueOn, String title, String assignedTo,
		boolean done, Instant doneAt, String doneBy, Instant createdAt) {

	static FollowUpResponse of(FollowUp f, UUID clientId) {
		return new FollowUpResponse(f.id(), f.caseId().value(), clientId, f.dueOn(), f.title(), f.assignedTo(),
				f.done(), f.doneAt(), f.doneBy(), f.createdAt());
	}
}
