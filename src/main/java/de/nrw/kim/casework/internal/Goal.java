package de.nrw.kim.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.LifeDomain;

/** A goal of the plan. Created and changed only through its {@link Case}, which must be open. */
public record Goal(UUID id, CaseId caseId, LifeDomain domain, String title, LocalDate dueOn, GoalStatus status,
		Instant createdAt, String createdBy, Instant statusChangedAt, String statusChangedBy, int version) {

	Goal markAs(GoalStatus newStatus, String by, Instant at) {
		return new Goal(id, caseId, domain, title, dueOn, newStatus, createdAt, createdBy, at, by, version);
	}
}
