package de.nrw.kim.casework.internal;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;

/** The need in one life domain, with an optional note; validated as part of an {@link AssessmentDraft}. */
public record DomainAssessment(LifeDomain domain, Need need, String note) {

	public static final int NOTE_MAX = 2_000;
}
