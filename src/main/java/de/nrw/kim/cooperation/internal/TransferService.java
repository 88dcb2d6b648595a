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
import de.nrw.kim.client.ClientTransferStep;
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
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.platform.ValidationException;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transfers to the municipality a client moves to (ADR 0408): requested only under an active consent
 * naming that municipality; the receiving municipality sees only the data that consent covered and may
 * decline or accept; accepting moves the client and the open work through one owner-rights database
 * function that runs every module's registered step (ADR 0409).
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
	private final List<ClientTransferStep> steps;
	private final TransactionTemplate transactions;
	private final Clock clock = Clock.systemUTC();

	TransferService(TransferStore store, CaseWork cases, ClientDirectory clients, Consents consents,
			TransmissionRegister register, Municipalities municipalities, AuditTrail audit, List<ClientTransferStep> steps,
			PlatformTransactionManager transactionManager) {
		this.steps = List.copyOf(steps);
		this.transactions = new TransactionTemplate(transactionManager);
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
				Transfer.Status.PENDING, null, Instant.now(clock), user.username(), null, null, null);
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
		audit.recordAll(AuditAction.READ, TRANSFER,
				found.stream().map(t -> new AuditTrail.Accessed(t.id(), t.clientId())).toList(),
				incoming ? "Eingehende Übergabe" : "Übergabe");
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

	/**
	 * The receiving municipality accepts: one owner-rights database call moves the client and every
	 * registered module's rows (ADR 0409) and opens the new case with the caller as case manager; the
	 * sending municipality's audit trail then records the hand-over in its own transaction.
	 *
	 * @return the id of the new case
	 */
	@PreAuthorize("hasAnyRole('COORDINATOR','CASE_MANAGER')")
	public UUID accept(UUID id) {
		CurrentUser user = CurrentUser.require();
		Transfer t = transactions.execute(status -> {
			Transfer pending = visible(id);
			if (isSender(pending)) {
				throw new NotFoundException("Die eingehende Übergabe");
			}
			if (pending.status() != Transfer.Status.PENDING) {
				throw answered(pending.status());
			}
			if (user.organisationId() == null) {
				throw new ConflictException(ProblemType.CONFLICT,
						"Ihrem Konto ist keine Organisation zugeordnet; ohne sie kann kein Fall übernommen werden.");
			}
			requireAllSteps();
			UUID newCase = UUID.randomUUID();
			try {
				store.accept(id, newCase, user.username(), user.displayName(), user.organisationId(), consents.today());
			} catch (DataAccessException e) {
				throw refused(e, pending);
			}
			audit.record(AuditAction.UPDATE, TRANSFER, id, pending.clientId(),
					"Übergabe aus " + municipalityName(pending.from()) + " angenommen");
			audit.record(AuditAction.CREATE, "Case", newCase, pending.clientId(),
					"Fall aus Übergabe (bisheriger Fall " + pending.caseId() + ")");
			return visible(id);
		});
		TenantContext.runAs(t.from(), () -> transactions.executeWithoutResult(status -> {
			audit.record(AuditAction.DISCLOSE, TRANSFER, id, t.clientId(), "Übergabe von " + municipalityName(t.to())
					+ " angenommen: Person, offene Ziele und Wiedervorlagen, Dokumente, Einwilligungen und Aufenthaltsdaten übergeben");
			audit.record(AuditAction.UPDATE, "Case", t.caseId(), t.clientId(),
					"Fall durch Übergabe abgeschlossen (TRANSFERRED), Personendaten entfernt");
		}));
		return t.newCaseId();
	}

	/** The transfer that opened this case in the caller's municipality, or that took it away. */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public java.util.Optional<Transfer> linkOf(UUID caseId) {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		cases.find(CaseId.of(caseId)).orElseThrow(() -> new NotFoundException("Der Fall"));
		java.util.Optional<Transfer> opened = store.openedCase(m, caseId);
		if (opened.isPresent()) {
			return opened;
		}
		return store.ofCase(m, caseId).stream().filter(t -> t.status() == Transfer.Status.ACCEPTED).findFirst();
	}

	private void requireAllSteps() {
		Map<String, String> declared = new java.util.TreeMap<>();
		steps.forEach(step -> declared.put(step.module(), step.function()));
		Map<String, String> registered = store.registeredSteps();
		if (!declared.equals(registered)) {
			throw new IllegalStateException("Übergabeschritte passen nicht zusammen: erklärt " + declared + ", registriert "
					+ registered);
		}
	}

	private static ConflictException answered(Transfer.Status status) {
		return new ConflictException(ProblemType.INVALID_TRANSITION, "Diese Übergabe ist bereits beantwortet.",
				Map.of("currentStatus", status.name()));
	}

	private static RuntimeException refused(DataAccessException e, Transfer t) {
		String state = e.getMostSpecificCause() instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
		if ("KT404".equals(state)) {
			return new NotFoundException("Die eingehende Übergabe");
		}
		if ("KT409".equals(state)) {
			return new ConflictException(ProblemType.INVALID_TRANSITION, "Die Übergabe kann nicht mehr angenommen werden: "
					+ "Der Fall in der abgebenden Kommune ist inzwischen abgeschlossen oder die Person wurde bereits übergeben.",
					Map.of("currentStatus", t.status().name()));
		}
		return e;
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
			throw answered(t.status());
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
