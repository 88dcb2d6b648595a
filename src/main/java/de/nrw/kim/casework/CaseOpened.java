package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/** A case was opened for a client. */
public record CaseOpened(CaseId caseId, UUID clientId, MunicipalityKey municipality, UUID organisationId,
		String caseManager, LocalDate openedOn) {
}
