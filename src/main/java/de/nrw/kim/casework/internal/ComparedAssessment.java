package de.nrw.kim.casework.internal;

import java.util.Collections;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;

/**
 * An assessment next to the one before it, so progress per life domain is visible: for every
 * domain assessed now, the need before and how it changed.
 */
public record ComparedAssessment(Assessment assessment, List<DomainChange> domains) {

	public record DomainChange(LifeDomain domain, Need need, String note, Need previousNeed, NeedChange change) {
	}

	/** Compares {@code current} with {@code previous} (which may be {@code null} for the first assessment). */
	public static ComparedAssessment of(Assessment current, Assessment previous) {
		List<DomainChange> changes = new ArrayList<>();
		for (DomainAssessment d : current.domains()) {
			Need before = previous == null ? null : previous.of(d.domain()).map(DomainAssessment::need).orElse(null);
			changes.add(new DomainChange(d.domain(), d.need(), d.note(), before, NeedChange.between(before, d.need())));
		}
		return new ComparedAssessment(current, List.copyOf(changes));
	}

	/** The history of a case, newest first, each compared with the one directly before it. */
	public static List<ComparedAssessment> history(List<Assessment> oldestFirst) {
		List<ComparedAssessment> compared = new ArrayList<>();
		Assessment previous = null;
		for (Assessment a : oldestFirst) {
			compared.add(of(a, previous));
			previous = a;
		}
		Collections.reverse(compared);
		return List.copyOf(compared);
	}
}
