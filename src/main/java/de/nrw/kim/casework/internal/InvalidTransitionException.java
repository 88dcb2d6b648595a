package de.nrw.kim.casework.internal;

import java.util.Map;

import de.nrw.kim.casework.Phase;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.ProblemType;

/** A phase change the process does not allow (409); names the phases that are allowed. */
public class InvalidTransitionException extends ConflictException {

	public InvalidTransitionException(Phase from, String requested) {
		super(ProblemType.INVALID_TRANSITION,
				CaseInputException.german("casework.conflict.transition", from.name(), String.valueOf(requested)),
				Map.of("currentPhase", from.name(), "allowedPhases", from.reachable().stream().map(Phase::name).toList()));
	}
}
