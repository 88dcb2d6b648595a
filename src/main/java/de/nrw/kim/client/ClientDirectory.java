package de.nrw.kim.client;

import java.util.Optional;
import java.util.UUID;

/**
 * Looks up clients for other modules. Only clients of the caller's municipality and organisation
 * are found; anything else is "not there".
 */
public interface ClientDirectory {

	Optional<ClientSummary> find(UUID clientId);

	/** @throws de.nrw.kim.platform.NotFoundException when the caller may not see the client */
	ClientSummary require(UUID clientId);
}
