package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/** A case moved from one open phase to another (forward one step or back). */
public record CasePhaseChanged(CaseId caseId, UUID clientId, MunicipalityKey municipality, Phase from, Phase to,
		LocalDate on) {
}
