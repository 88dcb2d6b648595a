package de.nrw.kim.casework.internal;

import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.ProblemType;

/** A closed case is a frozen record: it stays readable, but nothing can be added or changed (409). */
public class CaseClosedException extends ConflictException {

	public static final java.net.URI TYPE = ProblemType.of("case-closed");

	public CaseClosedException() {
		super(TYPE, CaseInputException.german("casework.conflict.closed"));
	}
}
