package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.Deadline;
import de.nrw.kim.casework.DeadlineSource;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residence expiries as deadlines ({@code RESIDENCE_EXPIRY}): each client's latest status that ends
 * by the day asked for, overdue ones included (an expired status without successor is a gap). Only
 * clients the user reaches for residence matters; each listed client is audited once.
 */
@Component
public class ResidenceDeadlines implements DeadlineSource {

	public static final String KIND = "RESIDENCE_EXPIRY";

	private final ResidenceStatuses statuses;
	private final ClientDirectory clients;
	private final ResidenceAccess access;

	ResidenceDeadlines(ResidenceStatuses statuses, ClientDirectory clients, ResidenceAccess access) {
		this.statuses = statuses;
		this.clients = clients;
		this.access = access;
	}

	@Override
	@Transactional
	public List<Deadline> deadlines(CurrentUser user, LocalDate until) {
		return expiring(user, until).stream()
				.map(e -> new Deadline(KIND, e.status().validUntil(), Labels.type(e.status().type()), e.client().id(), null,
						"/clients/" + e.client().id() + "/residence"))
				.toList();
	}

	/** The expiring statuses with their clients, as the deadlines list and the ABH worklist show them. */
	@Transactional
	public List<Expiring> expiring(CurrentUser user, LocalDate until) {
		if (user.municipality() == null || !(user.has(Role.CASE_MANAGER) || user.has(Role.IMMIGRATION_OFFICER))) {
			return List.of();
		}
		Map<UUID, Optional<ClientSummary>> seen = new HashMap<>();
		List<Expiring> result = statuses.expiringLatest(user.municipality(), until).stream()
				.flatMap(s -> seen.computeIfAbsent(s.clientId(), clients::findForResidence).stream()
						.map(client -> new Expiring(client, s)))
				.toList();
		result.stream().map(e -> e.client().id()).distinct()
				.forEach(id -> access.record(AuditAction.READ, "ResidenceDeadline", id, id));
		return result;
	}

	public record Expiring(ClientSummary client, ResidenceStatus status) {
	}
}
