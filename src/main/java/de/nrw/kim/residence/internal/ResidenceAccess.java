package de.nrw.kim.residence.internal;

import java.util.UUID;

import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The one door to a client's residence data (ADR 0503): case managers reach the clients of their
 * organisation, immigration officers every client of their municipality — residence data only, never
 * cases. Anyone else finds nothing (404). Every access is audited with the client.
 */
@Component
public class ResidenceAccess {

	public static final String PURPOSE = "Aufenthaltsrechtliche Perspektive";
	public static final String PURPOSE_ABH = "Ausländerbehördliche Bearbeitung";

	private final ClientDirectory clients;
	private final AuditTrail audit;

	ResidenceAccess(ClientDirectory clients, AuditTrail audit) {
		this.clients = clients;
		this.audit = audit;
	}

	public ClientSummary client(UUID clientId) {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.CASE_MANAGER) && !user.has(Role.IMMIGRATION_OFFICER)) {
			throw notFound();
		}
		return clients.findForResidence(clientId).orElseThrow(ResidenceAccess::notFound);
	}

	public java.util.Optional<java.time.LocalDate> arrivalDate(UUID clientId) {
		return clients.arrivalDate(clientId);
	}

	public void record(AuditAction action, String entityType, UUID entityId, UUID clientId) {
		audit.record(action, entityType, entityId, clientId, purpose());
	}

	private static String purpose() {
		return CurrentUser.require().has(Role.CASE_MANAGER) ? PURPOSE : PURPOSE_ABH;
	}

	static NotFoundException notFound() {
		return new NotFoundException("Die Klientin / der Klient");
	}
}
