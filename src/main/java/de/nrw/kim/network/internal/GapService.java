package de.nrw.kim.network.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Structural gaps: case managers raise them (from a case or freely) and confirm those of others
 * ("+1"); the coordination sees all gaps of the municipality — never the case behind one — and
 * decides their status.
 */
@Service
public class GapService {

	static final String READ = "hasAnyRole('COORDINATOR','CASE_MANAGER')";

	private final GapStore store;
	private final OfferStore offers;
	private final Partners partners;
	private final CaseWork cases;
	private final AuditTrail audit;
	private final OfferService time;

	GapService(GapStore store, OfferStore offers, Partners partners, CaseWork cases, AuditTrail audit, OfferService time) {
		this.store = store;
		this.offers = offers;
		this.partners = partners;
		this.cases = cases;
		this.audit = audit;
		this.time = time;
	}

	@Transactional
	@PreAuthorize("hasRole('CASE_MANAGER')")
	public Gap raise(GapDraft draft) {
		CurrentUser user = CurrentUser.require();
		MunicipalityKey m = user.requireMunicipality();
		GapDraft.Valid valid = draft.validate();
		if (valid.partnerId() != null && partners.find(valid.partnerId()).isEmpty()) {
			throw new ValidationException("partnerId", "Diesen Netzwerkpartner gibt es in Ihrer Kommune nicht.");
		}
		if (valid.offerId() != null && offers.find(m, valid.offerId()).isEmpty()) {
			throw new ValidationException("offerId", "Dieses Angebot gibt es in Ihrer Kommune nicht.");
		}
		UUID id = UUID.randomUUID();
		CaseSummary fromCase = valid.caseId() == null ? null
				: cases.find(CaseId.of(valid.caseId())).orElseThrow(() -> new NotFoundException("Der Fall"));
		store.insert(m, id, valid, valid.caseId(), user.username(), time.today());
		if (fromCase != null) {
			audit.record(AuditAction.CREATE, "structural-gap", id, fromCase.clientId(),
					"Strukturelle Lücke aus dem Fall gemeldet (ohne personenbezogene Daten)");
		}
		return read(id);
	}

	@Transactional
	@PreAuthorize("hasRole('CASE_MANAGER')")
	public Gap support(UUID id) {
		CurrentUser user = CurrentUser.require();
		Gap gap = read(id);
		if (gap.raisedByMe()) {
			throw new ConflictException(ProblemType.of("already-supported"), "Sie haben diese Lücke selbst gemeldet.");
		}
		if (gap.status().needsResolution()) {
			throw new ConflictException(ProblemType.INVALID_TRANSITION, "Diese Lücke ist bereits abgeschlossen.");
		}
		if (!store.support(user.requireMunicipality(), id, user.username())) {
			throw new ConflictException(ProblemType.of("already-supported"), "Sie haben diese Lücke bereits bestätigt.");
		}
		return read(id);
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Gap changeStatus(UUID id, String status, String resolution, Integer version) {
		Input in = new Input();
		GapStatus target = in.choice("status", status, GapStatus.class, true, "Bitte den neuen Status angeben.");
		String text = in.text("resolution", resolution, 2000, target != null && target.needsResolution(),
				"Bitte das Ergebnis bzw. die Begründung angeben.");
		in.throwIfAny();
		Gap gap = read(id);
		if (version != null && version != gap.version()) {
			throw new StaleVersionException();
		}
		store.changeStatus(CurrentUser.require().requireMunicipality(), id, target, text);
		return read(id);
	}

	/** Puts open gaps on the steering agenda; closed ones cannot go there. */
	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public void moveToSteering(Collection<UUID> ids) {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		for (UUID id : ids) {
			Gap gap = read(id);
			if (gap.status().needsResolution()) {
				throw new ValidationException("gapIds", "Eine abgeschlossene Lücke kann nicht auf die Tagesordnung: " + gap.description());
			}
			store.changeStatus(m, id, GapStatus.IN_STEERING, null);
		}
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public Gap read(UUID id) {
		CurrentUser user = CurrentUser.require();
		return store.find(user.requireMunicipality(), id, user.username())
				.orElseThrow(() -> new NotFoundException("Die strukturelle Lücke"));
	}

	/** Coordination: every gap; case managers: their own (raised or confirmed), or every gap with {@code all}. */
	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public PageResult<Gap> list(boolean all, GapStatus status, LifeDomain domain, Paging paging) {
		CurrentUser user = CurrentUser.require();
		boolean mine = !user.has(Role.COORDINATOR) && !all;
		return store.list(user.requireMunicipality(), user.username(), mine, status, domain, paging);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('COORDINATOR')")
	public Summary summary() {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		Map<String, Long> byDomain = zeros(LifeDomain.values());
		byDomain.putAll(store.countBy(m, "domain"));
		Map<String, Long> byStatus = zeros(GapStatus.values());
		byStatus.putAll(store.countBy(m, "status"));
		List<PartnerCount> byPartner = new ArrayList<>();
		store.countBy(m, "partner_id").forEach((partnerId, count) -> byPartner.add(new PartnerCount(UUID.fromString(partnerId),
				partners.find(UUID.fromString(partnerId)).map(Partner::name).orElse(null), count)));
		byPartner.sort((a, b) -> Long.compare(b.count(), a.count()));
		return new Summary(byDomain, byStatus, byPartner);
	}

	private static Map<String, Long> zeros(Enum<?>[] values) {
		Map<String, Long> map = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			map.put(value.name(), 0L);
		}
		return map;
	}

	public record Summary(Map<String, Long> byDomain, Map<String, Long> byStatus, List<PartnerCount> byPartner) {
	}

	public record PartnerCount(UUID partnerId, String partnerName, long count) {
	}
}
