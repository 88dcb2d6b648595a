package de.nrw.kim.client.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.ClientRestrictions;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sperrung (Art. 18 GDPR) by the municipal administrator; every step and every look is audited. */
@Service
class RestrictionService implements ClientRestrictions {

	static final String ENTITY = "ClientRestriction";
	static final String PURPOSE_RESTRICT = "Sperrung (Art. 18 DSGVO)";
	static final String PURPOSE_LIFT = "Aufhebung der Sperrung (Art. 18 DSGVO)";
	static final String PURPOSE_LIST = "Liste gesperrter Personen";
	static final int REASON_MAX = 500;

	private final Clients clients;
	private final AuditTrail audit;
	private final Clock clock;

	RestrictionService(Clients clients, AuditTrail audit, Clock clock) {
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
	public Restriction restrict(UUID clientId, String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new ValidationException("reason", "Bitte geben Sie den Grund der Sperrung an.");
		}
		if (text.length() > REASON_MAX) {
			throw new ValidationException("reason", "Der Grund darf höchstens 500 Zeichen lang sein.");
		}
		CurrentUser user = CurrentUser.require();
		MunicipalityKey municipality = user.requireMunicipality();
		if (clientId == null || !clients.exists(municipality, clientId)) {
			throw new NotFoundException("Die Klientin / der Klient");
		}
		if (!clients.restrict(municipality, clientId, text, user.username(), clock.instant())) {
			throw new ConflictException(ProblemType.CONFLICT, "Die Person ist bereits gesperrt.");
		}
		audit.record(AuditAction.UPDATE, ENTITY, clientId, clientId, PURPOSE_RESTRICT);
		return clients.restricted(municipality).stream().filter(r -> r.clientId().equals(clientId)).findFirst()
				.orElseThrow();
	}

	@Override
	@Transactional
	@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
	public void lift(UUID clientId) {
		MunicipalityKey municipality = CurrentUser.require().requireMunicipality();
		if (clientId == null || !clients.lift(municipality, clientId)) {
			throw new NotFoundException("Die Sperrung");
		}
		audit.record(AuditAction.UPDATE, ENTITY, clientId, clientId, PURPOSE_LIFT);
	}

	@Override
	@Transactional
	@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
	public List<Restriction> list() {
		List<Restriction> restricted = clients.restricted(CurrentUser.require().requireMunicipality());
		audit.recordAll(AuditAction.READ, ENTITY,
				restricted.stream().map(r -> new AuditTrail.Accessed(r.clientId(), r.clientId())).toList(), PURPOSE_LIST);
		return restricted;
	}
}
