package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/** A new assessment of needs was recorded on a case (no notes: only the need per life domain). */
public record CaseAssessed(CaseId caseId, UUID clientId, MunicipalityKey municipality, Map<LifeDomain, Need> needs,
		LocalDate on) {
}
