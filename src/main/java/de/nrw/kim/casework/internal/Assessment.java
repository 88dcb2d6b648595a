package de.nrw.kim.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.LifeDomain;

/** One dated assessment of needs; a new assessment never replaces an earlier one, so progress stays visible. */
public record Assessment(UUID id, CaseId caseId, LocalDate assessedOn, Instant assessedAt, String assessedBy,
		List<DomainAssessment> domains) {

	public Optional<DomainAssessment> of(LifeDomain domain) {
		return domains.stream().filter(d -> d.domain() == domain).findFirst();
	}
}
