package de.nrw.kim.consent;

/** Computed against a day: revoked wins, then expired (after valid-until), else active. */
public enum ConsentStatus {
	ACTIVE, EXPIRED, REVOKED
}
