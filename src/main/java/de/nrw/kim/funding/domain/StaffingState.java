package de.nrw.kim.funding.domain;

/**
 * Staffing of a position from a date on: filled (besetzt) or vacant (unbesetzt); {@code CLOSED} ends
 * the position (Stelle entfallen, e.g. after a phase-out) — it no longer exists from that date.
 */
public enum StaffingState {
	FILLED, VACANT, CLOSED
}
