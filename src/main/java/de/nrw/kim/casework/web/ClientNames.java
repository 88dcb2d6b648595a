package de.nrw.kim.casework.web;

import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.ClientSummary;
import org.springframework.stereotype.Component;

/** Names of clients for showing next to their cases, through the client module's public directory. */
@Component
class ClientNames {

	private final ClientDirectory clients;

	ClientNames(ClientDirectory clients) {
		this.clients = clients;
	}

	/** The display name, or {@code null} if the client is not (or no longer) visible to the caller. */
	String of(UUID clientId) {
		return clients.find(clientId).map(ClientSummary::displayName).orElse(null);
	}

	/** Display names of a page of clients in one query; the ones the caller may not see are missing. */
	java.util.Map<UUID, String> of(java.util.Collection<UUID> clientIds) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		clients.findAll(clientIds).forEach((id, summary) -> names.put(id, summary.displayName()));
		return names;
	}

	Optional<ClientSummary> summary(UUID clientId) {
		return clients.find(clientId);
	}
}
