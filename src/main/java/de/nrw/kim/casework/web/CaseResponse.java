package de.nrw.kim.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.casework.internal.Case;

/**
 * A case as the API shows it; {@code allowedPhases} are the phases a phase change may lead to now;
 * {@code transferredFrom} / {@code transferredToMunicipalityKey} link the cases of a transfer (ADR 0409).
 */
record CaseResponse(UUID id, UUID clientId, String clientName, Phase phase, String caseManager,
		String caseManagerName, UUID organisationId, boolean teamShared, LocalDate openedOn, LocalDate closedOn,
		ClosureReason closureReason, String closureNote, int version, List<Phase> allowedPhases, UUID transferredFrom,
		String transferredToMunicipalityKey) {

	static CaseResponse of(Case c, String clientName) {
		return new CaseResponse(c.id().value(), c.clientId(), clientName, c.phase(), c.caseManager(),
				c.caseManagerName(), c.organisationId(), c.teamShared(), c.openedOn(), c.closedOn(), c.closureReason(),
				c.closureNote(), c.version(), c.phase().reachable(), c.transferredFrom(),
				c.transferredTo() == null ? null : c.transferredTo().value());
	}
}
