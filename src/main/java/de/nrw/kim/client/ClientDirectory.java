package de.nrw.kim.client;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up clients for other modules. Only clients of the caller's municipality and organisation
 * are found; anything else is "not there".
 */
public interface ClientDirectory {

	Optional<ClientSummary> find(UUID clientId);

	/** {@link #find} for a page of ids in one query: the ones the caller may see, by id. */
	Map<UUID, ClientSummary> findAll(Collection<UUID> clientIds);

	/** @throws de.nrw.kim.platform.NotFoundException when the caller may not see the client */
	ClientSummary require(UUID clientId);

	/**
	 * For residence matters only (ADR 0503): like {@link #find}, but a user with the role
	 * {@code IMMIGRATION_OFFICER} finds every client of the own municipality, because the
	 * Ausländerbehörde is the authority for the client's residence status. Nothing of cases is
	 * reachable this way. The caller records its access in the audit trail.
	 */
	Optional<ClientSummary> findForResidence(UUID clientId);

	/** {@link #findForResidence} for many ids in few queries: the ones the caller reaches, by id. */
	Map<UUID, ClientSummary> findAllForResidence(Collection<UUID> clientIds);

	/** The client's arrival date, if the client is found by {@link #findForResidence} and the date is known. */
	Optional<LocalDate> arrivalDate(UUID clientId);

	/**
	 * Whether the client of the caller's municipality is restricted (Art. 18 GDPR); such a client and
	 * everything about it is hidden from the normal roles. Nothing is audited (no data is read).
	 */
	boolean isRestricted(UUID clientId);
}
