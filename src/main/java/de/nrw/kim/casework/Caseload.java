package de.nrw.kim.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The open cases of a municipality today, for the coordination's dashboard: per phase and per case
 * manager (with the organisation) — counts only, no case and no client.
 */
public record Caseload(Map<Phase, Long> openByPhase, List<CaseManagerLoad> byCaseManager) {

	public record CaseManagerLoad(String caseManagerName, UUID organisationId, long openCases) {
	}
}
