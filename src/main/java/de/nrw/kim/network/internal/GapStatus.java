package de.nrw.kim.network.internal;

/** Where a structural gap stands: open, in the steering group, resolved or dismissed. */
public enum GapStatus {
	OPEN, IN_STEERING, RESOLVED, DISMISSED;

	public boolean needsResolution() {
		return this == RESOLVED || this == DISMISSED;
	}
}
