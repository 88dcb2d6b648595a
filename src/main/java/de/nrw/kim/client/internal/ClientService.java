package de.nrw.kim.client.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading and changing clients. A client belongs to the organisation of the case manager
 * who created it; only case managers of that organisation see it (need-to-know, § 35 SGB I), and
 * every access is written to the audit trail in the same transaction.
 */
@Service
public class ClientService implements ClientDirectory {

	static final String ENTITY = "Client";
	static final String PURPOSE = "Fallbearbeitung";

	private final Clients clients;
	private final AuditTrail audit;
	private final Clock clock;

	ClientService(Clients clients, AuditTrail audit, Clock clock) {
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Client create(Client.ClientDetails details) {
		CurrentUser user = CurrentUser.require();
		Client client = new Client(UUID.randomUUID(), user.requireMunicipality(), requireOrganisation(user), details,
				clock.instant(), user.username(), 0);
		clients.insert(client);
		audit.record(AuditAction.CREATE, ENTITY, client.id(), client.id(), PURPOSE);
		return client;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Client read(UUID id) {
		Client client = visible(id).orElseThrow(() -> new NotFoundException("Die Klientin / der Klient"));
		audit.record(AuditAction.READ, ENTITY, id, id, PURPOSE);
		return client;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Client update(UUID id, int version, Client.ClientDetails details) {
		Client current = visible(id).orElseThrow(() -> new NotFoundException("Die Klientin / der Klient"));
		if (current.version() != version || !clients.update(current.municipality(), id, version, details)) {
			throw new StaleVersionException();
		}
		audit.record(AuditAction.UPDATE, ENTITY, id, id, PURPOSE);
		return clients.find(current.municipality(), id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ClientSummary> find(UUID clientId) {
		return visible(clientId).map(Client::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<UUID, ClientSummary> findAll(java.util.Collection<UUID> clientIds) {
		CurrentUser user = CurrentUser.require();
		if (user.municipality() == null || clientIds.isEmpty()) {
			return java.util.Map.of();
		}
		return clients.findAll(user.municipality(), clientIds).stream()
				.filter(client -> client.organisationId().equals(user.organisationId()))
				.collect(java.util.stream.Collectors.toMap(Client::id, Client::summary));
	}

	@Override
	@Transactional(readOnly = true)
	public ClientSummary require(UUID clientId) {
		return find(clientId).orElseThrow(() -> new NotFoundException("Die Klientin / der Klient"));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ClientSummary> findForResidence(UUID clientId) {
		return visibleForResidence(clientId).map(Client::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<UUID, ClientSummary> findAllForResidence(java.util.Collection<UUID> clientIds) {
		CurrentUser user = CurrentUser.require();
		if (user.municipality() == null || clientIds.isEmpty()) {
			return java.util.Map.of();
		}
		boolean abh = user.has(de.nrw.kim.platform.Role.IMMIGRATION_OFFICER);
		return clients.findAllVisible(user.municipality(), clientIds).stream()
				.filter(client -> abh || client.organisationId().equals(user.organisationId()))
				.collect(java.util.stream.Collectors.toMap(Client::id, Client::summary));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LocalDate> arrivalDate(UUID clientId) {
		return visibleForResidence(clientId).map(client -> client.details().arrivalDate());
	}

	private Optional<Client> visibleForResidence(UUID id) {
		CurrentUser user = CurrentUser.require();
		if (user.has(de.nrw.kim.platform.Role.IMMIGRATION_OFFICER) && user.municipality() != null && id != null) {
			return clients.find(user.municipality(), id);
		}
		return visible(id);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isRestricted(UUID clientId) {
		return clientId != null && TenantContext.current()
				.map(municipality -> clients.isRestricted(municipality, clientId)).orElse(false);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The client if the caller may see it; nothing is audited (the caller records what it does). */
	Optional<Client> visible(UUID id) {
		CurrentUser user = CurrentUser.require();
		if (user.municipality() == null || id == null) {
			return Optional.empty();
		}
		return clients.find(user.municipality(), id)
				.filter(client -> client.organisationId().equals(user.organisationId()));
	}

	private static UUID requireOrganisation(CurrentUser user) {
		if (user.organisationId() == null) {
			throw new org.springframework.security.access.AccessDeniedException("Keine Organisation zugeordnet");
		}
		return user.organisationId();
	}
}
