package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.UUID;

/** What other modules may know of a case: its identity, client, owner and state — no contents. */
public record CaseSummary(CaseId id, UUID clientId, UUID organisationId, String caseManager, Phase phase,
		boolean teamShared, LocalDate openedOn, LocalDate closedOn, ClosureReason closureReason) {

	public boolean isOpen() {
		return phase.isOpen();
	}
}
