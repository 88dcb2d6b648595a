package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.PartialDate;
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

/**
 * The target groups of the KIM concept: kept by the coordination (versioned), read by case managers,
 * and checked as a hint when a case is taken on — never a barrier (ADR 0706).
 */
@Service
public class TargetGroupService {

	static final String ENTITY = "kim-concept-target-group";

	private final TargetGroupStore store;
	private final CaseWork cases;
	private final ClientDirectory clients;
	private final AuditTrail audit;
	private final OfferService time;

	TargetGroupService(TargetGroupStore store, CaseWork cases, ClientDirectory clients, AuditTrail audit, OfferService time) {
		this.store = store;
		this.cases = cases;
		this.clients = clients;
		this.audit = audit;
		this.time = time;
	}

	public LocalDate today() {
		return time.today();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(GapService.READ)
	public List<TargetGroup> list() {
		return store.all(CurrentUser.require().requireMunicipality());
	}

	@Transactional(readOnly = true)
	@PreAuthorize(GapService.READ)
	public TargetGroup read(UUID id) {
		return store.find(CurrentUser.require().requireMunicipality(), id)
				.orElseThrow(() -> new NotFoundException("Die Zielgruppe"));
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public TargetGroup create(TargetGroupDraft draft) {
		CurrentUser user = CurrentUser.require();
		TargetGroupDraft.Valid valid = draft.validate();
		UUID id = UUID.randomUUID();
		store.insert(user.requireMunicipality(), id, valid, user.username());
		audit.record(AuditAction.CREATE, ENTITY, id, null, "KIM-Konzept: Zielgruppe angelegt");
		return read(id);
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public TargetGroup update(UUID id, Integer version, TargetGroupDraft draft) {
		CurrentUser user = CurrentUser.require();
		read(id);
		TargetGroupDraft.Valid valid = draft.validate();
		if (version == null) {
			throw new ValidationException("version", "Bitte die Version angeben, die Sie geändert haben.");
		}
		if (!store.update(user.requireMunicipality(), id, version, valid, user.username())) {
			throw new StaleVersionException();
		}
		audit.record(AuditAction.UPDATE, ENTITY, id, null, "KIM-Konzept: Zielgruppe geändert");
		return read(id);
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public void delete(UUID id) {
		if (!store.delete(CurrentUser.require().requireMunicipality(), id)) {
			throw new NotFoundException("Die Zielgruppe");
		}
		audit.record(AuditAction.DELETE, ENTITY, id, null, "KIM-Konzept: Zielgruppe gelöscht");
	}

	/**
	 * Whether the client of a case falls into a target group today; reads the client's arrival and
	 * birth date, so it is audited on the case.
	 */
	@Transactional
	@PreAuthorize(GapService.READ)
	public Eligibility.Result check(CaseId caseId) {
		CaseSummary kase = cases.find(caseId).orElseThrow(() -> new NotFoundException("Der Fall"));
		return check(kase);
	}

	@Transactional
	@PreAuthorize(GapService.READ)
	public Eligibility.Result check(CaseSummary kase) {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		List<TargetGroup> groups = store.all(m);
		LocalDate today = today();
		if (groups.stream().noneMatch(g -> g.validOn(today))) {
			return Eligibility.check(List.of(), today, null, null);
		}
		LocalDate arrivedOn = clients.arrivalDate(kase.clientId()).orElse(null);
		PartialDate bornOn = clients.find(kase.clientId()).map(c -> parse(c.birthDate())).orElse(null);
		audit.record(AuditAction.READ, "Case", kase.id().value(), kase.clientId(),
				"Zielgruppenprüfung nach dem KIM-Konzept (Einreisedatum, Geburtsdatum)");
		return Eligibility.check(groups, today, arrivedOn, bornOn);
	}

	private static PartialDate parse(String date) {
		try {
			return date == null || date.isBlank() ? null : PartialDate.parse(date);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
