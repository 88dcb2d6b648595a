package de.nrw.kim.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.internal.Goal;
import de.nrw.kim.casework.internal.GoalStatus;

/** A goal of the plan as the API shows it. */
record GoalResponse(UUID id, UUID caseId, LifeDomain domain, String title, LocalDate dueOn, GoalStatus status,
		Instant createdAt, String createdBy, Instant statusChangedAt, int version) {

	static GoalResponse of(Goal g) {
		return new GoalResponse(g.id(), g.caseId().value(), g.domain(), g.title(), g.dueOn(), g.status(),
				g.createdAt(), g.createdBy(), g.statusChangedAt(), g.version());
	}
}
