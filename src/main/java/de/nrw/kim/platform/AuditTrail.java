package de.nrw.kim.platform;

import java.util.List;
import java.util.UUID;

/**
 * The audit trail of every read and write of a client's data. Entries are written in the caller's
 * transaction (so an access that rolls back leaves no entry, and one that commits always has one),
 * append-only and hash-chained per municipality.
 */
public interface AuditTrail {

	/**
	 * Records an access by the current user in the current municipality.
	 *
	 * @param entityType e.g. {@code "Client"}, {@code "Case"}, {@code "Contact"}
	 * @param clientId   the person concerned, or {@code null} for entities without one
	 * @param purpose    why (e.g. "Fallbearbeitung"); short, never personal data
	 */
	void record(AuditAction action, String entityType, UUID entityId, UUID clientId, String purpose);

	/**
	 * Records the same access to many entities at once (e.g. every person a list shows): one entry per
	 * element, in order, exactly as if {@link #record} were called for each, but appended to the chain
	 * with a single lock and insert.
	 */
	void recordAll(AuditAction action, String entityType, List<Accessed> entries, String purpose);

	/** One entity of a {@link #recordAll} call and the person concerned ({@code null} if none). */
	record Accessed(UUID entityId, UUID clientId) {
	}
}
