package de.nrw.kim.consent.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.consent.ConsentCheck;
import de.nrw.kim.consent.ConsentStatus;
import de.nrw.kim.consent.Consents;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, reading and revoking consents of the clients a case manager may see, their scans, and
 * the consent check for other modules. Every read and write is in the audit trail.
 */
@Service
public class ConsentService implements Consents {

	static final String CONSENT = "Consent";
	private static final String PURPOSE = "Einwilligungen";
	private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

	private final ConsentStore store;
	private final ClientDirectory clients;
	private final Partners partners;
	private final Municipalities municipalities;
	private final AuditTrail audit;
	private final Clock clock = Clock.systemUTC();

	ConsentService(ConsentStore store, ClientDirectory clients, Partners partners, Municipalities municipalities,
			AuditTrail audit) {
		this.store = store;
		this.clients = clients;
		this.partners = partners;
		this.municipalities = municipalities;
		this.audit = audit;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Consent record(UUID clientId, ConsentDraft draft) {
		CurrentUser user = CurrentUser.require();
		clients.require(clientId);
		List<ValidationException.FieldError> errors = new ArrayList<>();
		ConsentDraft.Valid valid = draft.validate(today(), errors);
		for (UUID partnerId : valid.partnerIds()) {
			if (partners.find(partnerId).isEmpty()) {
				errors.add(new ValidationException.FieldError("partnerIds", "Unbekannter Partner: " + partnerId));
			}
		}
		for (String key : valid.municipalityKeys()) {
			if (municipalities.all().stream().noneMatch(m -> m.key().equals(key))) {
				errors.add(new ValidationException.FieldError("municipalityKeys", "Diese Kommune gibt es nicht: " + key));
			} else if (key.equals(user.requireMunicipality().value())) {
				errors.add(new ValidationException.FieldError("municipalityKeys", "Die eigene Kommune ist kein Empfänger."));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		UUID id = UUID.randomUUID();
		store.insert(user.requireMunicipality(), id, clientId, valid, user.username(), Instant.now(clock));
		audit.record(AuditAction.CREATE, CONSENT, id, clientId, PURPOSE);
		return store.find(user.requireMunicipality(), id).orElseThrow();
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public List<Consent> ofClient(UUID clientId) {
		clients.require(clientId);
		audit.record(AuditAction.READ, CONSENT + "List", clientId, clientId, PURPOSE);
		return store.ofClient(CurrentUser.require().requireMunicipality(), clientId);
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Consent read(UUID id) {
		Consent consent = visible(id);
		audit.record(AuditAction.READ, CONSENT, id, consent.clientId(), PURPOSE);
		return consent;
	}

	/** Revocation acts at once: from this moment the consent covers nothing. */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Consent revoke(UUID id, String note) {
		CurrentUser user = CurrentUser.require();
		Consent consent = visible(id);
		List<ValidationException.FieldError> errors = new ArrayList<>();
		String cleanNote = ConsentDraft.text("note", note, 1000, false, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		if (!store.revoke(user.requireMunicipality(), id, user.username(), Instant.now(clock), cleanNote)) {
			throw new ConflictException(ProblemType.of("consent-revoked"), "Die Einwilligung ist bereits widerrufen.");
		}
		audit.record(AuditAction.UPDATE, CONSENT, id, consent.clientId(), "Widerruf der Einwilligung");
		return store.find(user.requireMunicipality(), id).orElseThrow();
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Consent attachScan(UUID id, ScanFile scan) {
		CurrentUser user = CurrentUser.require();
		Consent consent = visible(id);
		store.saveScan(user.requireMunicipality(), id, scan, user.username(), Instant.now(clock));
		audit.record(AuditAction.UPDATE, CONSENT + "Scan", id, consent.clientId(), PURPOSE);
		return store.find(user.requireMunicipality(), id).orElseThrow();
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public ScanDownload scan(UUID id) {
		Consent consent = visible(id);
		if (consent.scan() == null) {
			throw new NotFoundException("Der Scan der Einwilligung");
		}
		byte[] content = store.scanContent(CurrentUser.require().requireMunicipality(), id).orElseThrow();
		audit.record(AuditAction.READ, CONSENT + "Scan", id, consent.clientId(), PURPOSE);
		return new ScanDownload(consent.scan(), content);
	}

	/** The names of the recipients as the consent form and pages show them. */
	@Transactional(readOnly = true)
	public List<String> recipientNames(Consent consent) {
		List<String> names = new ArrayList<>();
		consent.partnerIds().forEach(id -> names.add(partners.find(id).map(p -> p.name()).orElse("Partner " + id)));
		consent.municipalityKeys().forEach(key -> names.add(municipalities.get(MunicipalityKey.of(key)).name()));
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public ConsentCheck covering(UUID clientId, Collection<Recipient> recipients, Set<DataCategory> categories, LocalDate on) {
		List<Consent> active = activeOf(clientId, on);
		Map<Recipient, UUID> covering = new LinkedHashMap<>();
		List<Recipient> missing = new ArrayList<>();
		Set<DataCategory> missingCategories = EnumSet.noneOf(DataCategory.class);
		for (Recipient recipient : recipients) {
			var found = active.stream().filter(c -> c.names(recipient) && c.categories().containsAll(categories)).findFirst();
			if (found.isPresent()) {
				covering.put(recipient, found.get().id());
			} else {
				missing.add(recipient);
				Set<DataCategory> released = released(active, recipient);
				categories.stream().filter(c -> !released.contains(c)).forEach(missingCategories::add);
			}
		}
		return new ConsentCheck(covering, List.copyOf(missing), Set.copyOf(missingCategories));
	}

	@Override
	@Transactional(readOnly = true)
	public Set<DataCategory> coveredCategories(UUID clientId, Recipient recipient, LocalDate on) {
		return released(activeOf(clientId, on), recipient);
	}

	@Override
	public LocalDate today() {
		return LocalDate.now(clock.withZone(GERMANY));
	}

	private List<Consent> activeOf(UUID clientId, LocalDate on) {
		return TenantContext.current().map(m -> store.ofClient(m, clientId)).orElse(List.of()).stream()
				.filter(c -> c.activeOn(on)).toList();
	}

	private static Set<DataCategory> released(List<Consent> active, Recipient recipient) {
		Set<DataCategory> released = EnumSet.noneOf(DataCategory.class);
		active.stream().filter(c -> c.names(recipient)).forEach(c -> released.addAll(c.categories()));
		return released;
	}

	private Consent visible(UUID id) {
		Consent consent = store.find(CurrentUser.require().requireMunicipality(), id)
				.orElseThrow(() -> new NotFoundException("Die Einwilligung"));
		clients.find(consent.clientId()).orElseThrow(() -> new NotFoundException("Die Einwilligung"));
		return consent;
	}

	public ConsentStatus statusToday(Consent consent) {
		return consent.statusOn(today());
	}

	/** A scan with its content, for sending as an attachment. */
	public record ScanDownload(Consent.Scan scan, byte[] content) {
	}
}
