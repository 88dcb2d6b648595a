package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/** A case was closed; from now on it is a frozen record. */
public record CaseClosed(CaseId caseId, UUID clientId, MunicipalityKey municipality, Phase lastPhase,
		ClosureReason reason, LocalDate closedOn) {
}
