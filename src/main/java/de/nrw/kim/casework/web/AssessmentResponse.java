package de.nrw.kim.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.casework.internal.ComparedAssessment;
import de.nrw.kim.casework.internal.NeedChange;

/** An assessment as the API shows it, each life domain compared with the previous assessment. */
record AssessmentResponse(UUID id, UUID caseId, LocalDate assessedOn, Instant assessedAt, String assessedBy,
		List<DomainResponse> domains) {

	record DomainResponse(LifeDomain domain, Need need, String note, Need previousNeed, NeedChange change) {
	}

	static AssessmentResponse of(ComparedAssessment compared) {
		var a = compared.assessment();
		return new AssessmentResponse(a.id(), a.caseId().value(), a.assessedOn(), a.assessedAt(), a.assessedBy(),
				compared.domains().stream()
						.map(d -> new DomainResponse(d.domain(), d.need(), d.note(), d.previousNeed(), d.change()))
						.toList());
	}
}
