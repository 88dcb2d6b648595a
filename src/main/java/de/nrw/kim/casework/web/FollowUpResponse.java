package de.nrw.kim.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.casework.internal.ComparedAssessment;
import de.nrw.kim.casework.internal.Contact;
import de.nrw.kim.casework.internal.ContactMode;
import de.nrw.kim.casework.internal.Document;
import de.nrw.kim.casework.internal.FollowUp;
import de.nrw.kim.casework.internal.Goal;
import de.nrw.kim.casework.internal.GoalStatus;
import de.nrw.kim.casework.internal.NeedChange;

/** A follow-up as the API shows it; {@code clientId} only on the worklist. */
record FollowUpResponse(UUID id, UUID caseId, UUID clientId, LocalDate dueOn, String title, String assignedTo,
		boolean done, Instant doneAt, String doneBy, Instant createdAt) {

	static FollowUpResponse of(FollowUp f, UUID clientId) {
		return new FollowUpResponse(f.id(), f.caseId().value(), clientId, f.dueOn(), f.title(), f.assignedTo(),
				f.done(), f.doneAt(), f.doneBy(), f.createdAt());
	}
}
