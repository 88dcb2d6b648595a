package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * clients the user reaches for residence matters, looked up in one batch. Nothing is audited here:
 * a municipality may have thousands of expiries, so callers audit the page they show ({@link #shown}).
 */
@Component
public class ResidenceDeadlines implements DeadlineSource {

	public static final String KIND = "RESIDENCE_EXPIRY";
	static final String ENTITY = "ResidenceDeadline";

	private final ResidenceStatuses statuses;
	private final ClientDirectory clients;
	private final ResidenceAccess access;

	ResidenceDeadlines(ResidenceStatuses statuses, ClientDirectory clients, ResidenceAccess access) {
		this.statuses = statuses;
		this.clients = clients;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(CurrentUser user, LocalDate until) {
		return expiring(user, until).stream()
				.map(e -> new Deadline(KIND, e.status().validUntil(), Labels.type(e.status().type()), e.client().id(), null,
						"/clients/" + e.client().id() + "/residence"))
				.toList();
	}

	@Override
	public void shown(List<Deadline> deadlines) {
		deadlines.stream().filter(d -> KIND.equals(d.kind())).map(Deadline::clientId).distinct()
				.forEach(id -> access.record(AuditAction.READ, ENTITY, id, id));
	}

	/**
	 * The expiring statuses with their clients, as the deadlines list and the ABH worklist show them;
	 * not audited, the caller records the rows it shows.
	 */
	@Transactional(readOnly = true)
	public List<Expiring> expiring(CurrentUser user, LocalDate until) {
		if (user.municipality() == null || !(user.has(Role.CASE_MANAGER) || user.has(Role.IMMIGRATION_OFFICER))) {
			return List.of();
		}
		List<ResidenceStatus> expiring = statuses.expiringLatest(user.municipality(), until);
		Map<UUID, ClientSummary> reachable = clients.findAllForResidence(
				expiring.stream().map(ResidenceStatus::clientId).collect(Collectors.toSet()));
		return expiring.stream().filter(s -> reachable.containsKey(s.clientId()))
				.map(s -> new Expiring(reachable.get(s.clientId()), s)).toList();
	}

	public record Expiring(ClientSummary client, ResidenceStatus status) {
	}
}
