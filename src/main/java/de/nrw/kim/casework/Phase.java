package de.nrw.kim.casework;

import java.util.Arrays;
import java.util.List;

/**
 * The phases of case management (GLOSSARY.md). Forward one step at a time; back to any earlier
 * open phase; {@link #CLOSED} only by closing the case, and never left again.
 */
public enum Phase {
	INTAKE, ASSESSMENT, PLANNING, IMPLEMENTATION, CLOSED;

	/** Whether a case in this phase may be moved to {@code target} by a phase change. */
	public boolean canMoveTo(Phase target) {
		if (this == CLOSED || target == null || target == CLOSED || target == this) {
			return false;
		}
		return target.ordinal() == ordinal() + 1 || target.ordinal() < ordinal();
	}

	/** The phases a phase change may lead to from here, in order. */
	public List<Phase> reachable() {
		return Arrays.stream(values()).filter(this::canMoveTo).toList();
	}

	public boolean isOpen() {
		return this != CLOSED;
	}
}
