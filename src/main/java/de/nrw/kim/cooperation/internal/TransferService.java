package de.nrw.kim.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.consent.ConsentCheck;
import de.nrw.kim.consent.Consents;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;
import de.nrw.kim.consent.Transmission;
import de.nrw.kim.consent.TransmissionRegister;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers to the municipality a client moves to (ADR 0408): requested only under an active consent
 * naming that municipality; the receiving municipality sees only the data that consent covered and may
 * decline. Accepting (moving the client and the open work) follows ADR 0408 and is not built yet.
 */
@Service
public class TransferService {

	static final String TRANSFER = "ClientTransfer";
	private static final int REASON_MAX = 2000;

	private final TransferStore store;
	private final CaseWork cases;
	private final ClientDirectory clients;
	private final Consents consents;
	private final TransmissionRegister register;
	private final Municipalities municipalities;
	private final AuditTrail audit;
	private final Clock clock = Clock.systemUTC();

	TransferService(TransferStore store, CaseWork cases, ClientDirectory clients, Consents consents,
			TransmissionRegister register, Municipalities municipalities, AuditTrail audit) {
		this.store = store;
		this.cases = cases;
		this.clients = clients;
		this.consents = consents;
		this.register = register;
		this.municipalities = municipalities;
		this.audit = audit;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Transfer request(UUID caseId, String toKey) {
		CurrentUser user = CurrentUser.require();
		MunicipalityKey from = user.requireMunicipality();
		CaseSummary c = cases.requireOpen(CaseId.of(caseId));
		MunicipalityKey to = target(toKey, from);
		if (store.pendingFor(from, caseId)) {
			throw new ConflictException(ProblemType.of("transfer-pending"),
					"Für diesen Fall ist bereits eine Übergabe offen. Warten Sie die Antwort der aufnehmenden Kommune ab.");
		}
		Recipient recipient = Recipient.municipality(to);
		Set<DataCategory> covered = EnumSet.noneOf(DataCategory.class);
		covered.addAll(consents.coveredCategories(c.clientId(), recipient, consents.today()));
		String toName = municipalities.get(to).name();
		ConsentCheck check = covered.isEmpty() ? null : consents.covering(c.clientId(), List.of(recipient), covered, consents.today());
		if (check == null || !check.covered() || !covered.contains(DataCategory.BASIC)) {
			throw new ConflictException(ReferralService.CONSENT_REQUIRED, "Keine gültige Einwilligung nennt „" + toName
					+ "“ mit mindestens den Stammdaten. Ohne sie wird der Fall nicht übergeben und nichts übermittelt.",
					Map.of("missingMunicipalityKeys", List.of(to.value())));
		}
		UUID consentId = check.consentFor(recipient).orElseThrow();
		Map<String, Object> disclosed = new LinkedHashMap<>();
		disclosed.put(DataCategory.BASIC.name(), basic(clients.require(c.clientId())));
		Transfer transfer = new Transfer(UUID.randomUUID(), from, caseId, c.clientId(), to, consentId, covered, disclosed,
				Transfer.Status.PENDING, null, Instant.now(clock), user.username(), null, null);
		store.insert(transfer);
		audit.record(AuditAction.CREATE, TRANSFER, transfer.id(), c.clientId(), "Übergabe an " + to);
		audit.record(AuditAction.DISCLOSE, TRANSFER, transfer.id(), c.clientId(), "Übergabe an Kommune " + to.value() + ": "
				+ covered.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + " (Einwilligung " + consentId + ")");
		register.record(c.clientId(), recipient, toName, covered, consentId, null, Transmission.Occasion.TRANSFER, transfer.id());
		return transfer;
	}

	/** incoming: addressed to the caller's municipality; else the ones it sent. */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR','CASE_MANAGER')")
	public List<Transfer> list(boolean incoming) {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		List<Transfer> found = incoming ? store.incoming(m) : store.outgoing(m);
		found.forEach(t -> audit.record(AuditAction.READ, TRANSFER, t.id(), t.clientId(),
				incoming ? "Eingehende Übergabe" : "Übergabe"));
		return found;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR','CASE_MANAGER')")
	public Transfer read(UUID id) {
		Transfer t = visible(id);
		audit.record(AuditAction.READ, TRANSFER, id, t.clientId(), "Übergabe");
		return t;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public List<Transfer> ofCase(UUID caseId) {
		CaseSummary c = cases.find(CaseId.of(caseId)).orElseThrow(() -> new NotFoundException("Der Fall"));
		audit.record(AuditAction.READ, TRANSFER + "List", caseId, c.clientId(), "Übergaben des Falls");
		return store.ofCase(CurrentUser.require().requireMunicipality(), caseId);
	}

	/** The receiving municipality declines; nothing moves. */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR','CASE_MANAGER')")
	public Transfer decline(UUID id, String reason) {
		CurrentUser user = CurrentUser.require();
		Transfer t = visible(id);
		if (isSender(t)) {
			throw new NotFoundException("Die eingehende Übergabe");
		}
		if (reason == null || reason.isBlank()) {
			throw new ValidationException("reason", "Bitte begründen Sie die Ablehnung.");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new ValidationException("reason", "Höchstens " + REASON_MAX + " Zeichen.");
		}
		if (t.status() != Transfer.Status.PENDING
				|| !store.decline(user.requireMunicipality(), id, reason.strip(), user.username(), Instant.now(clock))) {
			throw new ConflictException(ProblemType.INVALID_TRANSITION, "Diese Übergabe ist bereits beantwortet.",
					Map.of("currentStatus", t.status().name()));
		}
		audit.record(AuditAction.UPDATE, TRANSFER, id, t.clientId(), "Übergabe abgelehnt");
		return visible(id);
	}

	public String municipalityName(MunicipalityKey key) {
		return municipalities.all().stream().filter(m -> m.key().equals(key.value())).map(Municipality::name).findFirst()
				.orElse(key.value());
	}

	private Transfer visible(UUID id) {
		Transfer t = store.find(CurrentUser.require().requireMunicipality(), id)
				.orElseThrow(() -> new NotFoundException("Die Übergabe"));
		if (isSender(t)) {
			cases.find(CaseId.of(t.caseId())).orElseThrow(() -> new NotFoundException("Die Übergabe"));
		}
		return t;
	}

	private static boolean isSender(Transfer t) {
		return t.from().equals(CurrentUser.require().requireMunicipality());
	}

	private MunicipalityKey target(String key, MunicipalityKey from) {
		if (key == null || key.isBlank()) {
			throw new ValidationException("toMunicipalityKey", "Bitte den Kreisschlüssel der aufnehmenden Kommune angeben.");
		}
		String clean = key.strip();
		if (!MunicipalityKey.isValid(clean)
				|| municipalities.all().stream().noneMatch(m -> m.key().equals(clean))) {
			throw new ValidationException("toMunicipalityKey", "Eine Kommune mit dem Schlüssel „" + clean
					+ "“ gibt es in NRW nicht.");
		}
		MunicipalityKey to = MunicipalityKey.of(clean);
		if (to.equals(from)) {
			throw new ValidationException("toMunicipalityKey",
					"Die Person ist bereits in Ihrer Kommune. Eine Übergabe geht nur an eine andere Kommune.");
		}
		return to;
	}

	private static Map<String, Object> basic(ClientSummary client) {
		Map<String, Object> basic = new LinkedHashMap<>();
		basic.put("givenName", client.givenName());
		basic.put("familyName", client.familyName());
		basic.put("originalScriptName", client.originalScriptName());
		basic.put("birthDate", client.birthDate());
		return basic;
	}
}
