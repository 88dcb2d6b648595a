package de.nrw.kim.platform;

/** What was done with a client's data (API.md "Platform", audit). */
public enum AuditAction {
	READ, CREATE, UPDATE, DELETE, DISCLOSE, EXPORT, DENIED
}
