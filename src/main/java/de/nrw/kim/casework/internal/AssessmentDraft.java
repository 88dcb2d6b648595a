package de.nrw.kim.casework.internal;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import de.nrw.kim.casework.LifeDomain;

/**
 * A new assessment: at least one life domain, each at most once, each with a need and an optional
 * note. Domains not listed were not assessed this time.
 */
public record AssessmentDraft(List<DomainAssessment> domains) {

	public AssessmentDraft {
		List<Violation> violations = new ArrayList<>();
		List<DomainAssessment> cleaned = new ArrayList<>();
		if (domains == null || domains.isEmpty()) {
			violations.add(new Violation("domains", "casework.error.assessment.empty"));
		} else {
			Set<LifeDomain> seen = EnumSet.noneOf(LifeDomain.class);
			for (int i = 0; i < domains.size(); i++) {
				DomainAssessment entry = domains.get(i);
				String prefix = "domains[" + i + "].";
				if (entry == null) {
					violations.add(new Violation("domains[" + i + "]", "casework.error.required"));
					continue;
				}
				if (entry.domain() == null) {
					violations.add(new Violation(prefix + "domain", "casework.error.required"));
				} else if (!seen.add(entry.domain())) {
					violations.add(new Violation(prefix + "domain", "casework.error.assessment.duplicate", entry.domain().name()));
				}
				if (entry.need() == null) {
					violations.add(new Violation(prefix + "need", "casework.error.required"));
				}
				String note = Texts.check(prefix + "note", entry.note(), DomainAssessment.NOTE_MAX, false, violations);
				cleaned.add(new DomainAssessment(entry.domain(), entry.need(), note));
			}
		}
		CaseInputException.throwIfAny(violations);
		domains = cleaned.stream().sorted(Comparator.comparing(DomainAssessment::domain)).toList();
	}
}
