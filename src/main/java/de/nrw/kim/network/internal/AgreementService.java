package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner agreements of the KIM concept with their PDF documents, kept by the coordination. */
@Service
public class AgreementService {

	private static final String ENTITY = "kim-concept-agreement";

	private final AgreementStore store;
	private final Partners partners;
	private final AuditTrail audit;

	AgreementService(AgreementStore store, Partners partners, AuditTrail audit) {
		this.store = store;
		this.partners = partners;
		this.audit = audit;
	}

	public record Valid(UUID partnerId, String title, String body, LocalDate concludedOn, LocalDate validUntil) {
	}

	Valid validate(String partnerId, String title, String body, String concludedOn, String validUntil) {
		Input in = new Input();
		UUID partner = in.id("partnerId", partnerId, true, "Bitte den Partner der Vereinbarung angeben.");
		String cleanTitle = in.text("title", title, 200, true, "Bitte die Bezeichnung der Vereinbarung angeben.");
		String cleanBody = in.text("body", body, 20000, false, null);
		LocalDate concluded = in.date("concludedOn", concludedOn, false, null);
		LocalDate until = in.date("validUntil", validUntil, false, null);
		if (concluded != null && until != null && until.isBefore(concluded)) {
			in.error("validUntil", "Das Ende der Laufzeit darf nicht vor dem Abschluss liegen.");
		}
		if (partner != null && partners.find(partner).isEmpty()) {
			in.error("partnerId", "Diesen Netzwerkpartner gibt es in Ihrer Kommune nicht.");
		}
		in.throwIfAny();
		return new Valid(partner, cleanTitle, cleanBody, concluded, until);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(GapService.READ)
	public List<Agreement> list() {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		return store.all(m).stream().map(row -> agreement(m, row)).toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(GapService.READ)
	public Agreement read(UUID id) {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		return store.find(m, id).map(row -> agreement(m, row)).orElseThrow(() -> new NotFoundException("Die Vereinbarung"));
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Agreement create(String partnerId, String title, String body, String concludedOn, String validUntil) {
		Valid valid = validate(partnerId, title, body, concludedOn, validUntil);
		CurrentUser user = CurrentUser.require();
		UUID id = UUID.randomUUID();
		store.insert(user.requireMunicipality(), id, valid, user.username());
		audit.record(AuditAction.CREATE, ENTITY, id, null, "KIM-Konzept: Kooperationsvereinbarung angelegt");
		return read(id);
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Agreement update(UUID id, Integer version, String partnerId, String title, String body, String concludedOn,
			String validUntil) {
		read(id);
		Valid valid = validate(partnerId, title, body, concludedOn, validUntil);
		if (version == null) {
			throw new ValidationException("version", "Bitte die Version angeben, die Sie geändert haben.");
		}
		CurrentUser user = CurrentUser.require();
		if (!store.update(user.requireMunicipality(), id, version, valid, user.username())) {
			throw new StaleVersionException();
		}
		audit.record(AuditAction.UPDATE, ENTITY, id, null, "KIM-Konzept: Kooperationsvereinbarung geändert");
		return read(id);
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public void delete(UUID id) {
		if (!store.delete(CurrentUser.require().requireMunicipality(), id)) {
			throw new NotFoundException("Die Vereinbarung");
		}
		audit.record(AuditAction.DELETE, ENTITY, id, null, "KIM-Konzept: Kooperationsvereinbarung mit Dokumenten gelöscht");
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Agreement.Document upload(UUID agreementId, AgreementFile file) {
		read(agreementId);
		CurrentUser user = CurrentUser.require();
		UUID id = UUID.randomUUID();
		store.insertDocument(user.requireMunicipality(), agreementId, id, file, user.username());
		audit.record(AuditAction.CREATE, ENTITY + "-document", id, null, "KIM-Konzept: Dokument zur Vereinbarung hochgeladen");
		return read(agreementId).documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(GapService.READ)
	public Agreement.Download download(UUID agreementId, UUID documentId) {
		return store.download(CurrentUser.require().requireMunicipality(), agreementId, documentId)
				.orElseThrow(() -> new NotFoundException("Das Dokument"));
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public void deleteDocument(UUID agreementId, UUID documentId) {
		if (!store.deleteDocument(CurrentUser.require().requireMunicipality(), agreementId, documentId)) {
			throw new NotFoundException("Das Dokument");
		}
		audit.record(AuditAction.DELETE, ENTITY + "-document", documentId, null, "KIM-Konzept: Dokument zur Vereinbarung gelöscht");
	}

	private Agreement agreement(MunicipalityKey m, AgreementStore.Row row) {
		String partnerName = partners.find(row.partnerId()).map(Partner::name).orElse(null);
		return new Agreement(row.id(), row.partnerId(), partnerName, row.title(), row.body(), row.concludedOn(),
				row.validUntil(), row.version(), store.documents(m, row.id()));
	}
}
