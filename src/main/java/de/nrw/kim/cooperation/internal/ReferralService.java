package de.nrw.kim.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.consent.ConsentCheck;
import de.nrw.kim.consent.Consents;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;
import de.nrw.kim.consent.Transmission;
import de.nrw.kim.consent.TransmissionRegister;
import de.nrw.kim.cooperation.DeclineReason;
import de.nrw.kim.cooperation.ReferralStatus;
import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
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
import de.nrw.kim.platform.ValidationException.FieldError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals: sent by the case manager only under a covering consent (else 409 consent-required and
 * nothing is stored or disclosed), answered by the partner's staff, who see only what the consent
 * covers today. Every referral is a DISCLOSE in the audit trail and an entry in the transmission register.
 */
@Service
public class ReferralService {

	public static final java.net.URI CONSENT_REQUIRED = ProblemType.of("consent-required");
	static final String REFERRAL = "Referral";
	private static final int TEXT_MAX = 2000;

	private final ReferralStore store;
	private final CaseWork cases;
	private final ClientDirectory clients;
	private final Partners partners;
	private final Consents consents;
	private final TransmissionRegister register;
	private final AuditTrail audit;
	private final Clock clock = Clock.systemUTC();

	ReferralService(ReferralStore store, CaseWork cases, ClientDirectory clients, Partners partners, Consents consents,
			TransmissionRegister register, AuditTrail audit) {
		this.store = store;
		this.cases = cases;
		this.clients = clients;
		this.partners = partners;
		this.consents = consents;
		this.register = register;
		this.audit = audit;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Referral refer(UUID caseId, ReferralDraft draft) {
		CurrentUser user = CurrentUser.require();
		CaseSummary c = cases.requireOpen(CaseId.of(caseId));
		List<FieldError> errors = new ArrayList<>();
		Partner partner = partner(draft.partnerId(), errors);
		Set<DataCategory> categories = categories(draft.dataCategories(), errors);
		LegalDomain legalDomain = null;
		LifeDomain lifeDomain = null;
		if (draft.domain() != null && !draft.domain().isBlank()) {
			String code = draft.domain().strip().toUpperCase(Locale.ROOT);
			legalDomain = parse(LegalDomain.class, code);
			lifeDomain = parse(LifeDomain.class, code);
			if (legalDomain == null && lifeDomain == null) {
				errors.add(new FieldError("domain", "Unbekannter Rechtskreis oder unbekanntes Handlungsfeld: " + draft.domain().strip()));
			}
		}
		String note = text("note", draft.note(), errors);
		Map<String, Object> disclosed = new LinkedHashMap<>();
		Map<String, String> details = draft.details() == null ? Map.of() : draft.details();
		details.forEach((category, text) -> {
			DataCategory dc = parse(DataCategory.class, category == null ? "" : category.strip().toUpperCase(Locale.ROOT));
			if (dc == null || !categories.contains(dc)) {
				errors.add(new FieldError("details", "Angaben nur zu den ausgewählten Datenkategorien."));
			} else if (text != null && !text.isBlank()) {
				disclosed.put(dc.name(), Map.of("text", text("details", text, errors)));
			}
		});
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		if (!partner.isConfirmed()) {
			throw new ConflictException(ProblemType.of("partner-not-confirmed"),
					"Der Partner ist erst vorgeschlagen. Vermittlungen gehen nur an von der Koordination bestätigte Partner.");
		}
		Recipient recipient = Recipient.partner(partner.id());
		ConsentCheck check = consents.covering(c.clientId(), List.of(recipient), categories, consents.today());
		if (!check.covered()) {
			throw new ConflictException(CONSENT_REQUIRED, "Keine gültige Einwilligung deckt die Übermittlung an „" + partner.name()
					+ "“ mit diesen Datenkategorien. Es wurde nichts übermittelt.",
					Map.of("missingPartnerIds", List.of(partner.id()), "missingCategories",
							check.missingCategories().stream().sorted().map(Enum::name).toList()));
		}
		UUID consentId = check.consentFor(recipient).orElseThrow();
		if (categories.contains(DataCategory.BASIC)) {
			disclosed.put(DataCategory.BASIC.name(), basic(clients.require(c.clientId())));
		}
		Instant now = Instant.now(clock);
		Referral referral = new Referral(UUID.randomUUID(), caseId, c.clientId(), partner.id(), consentId,
				legalDomain == null ? partner.mainLegalDomain() : legalDomain, lifeDomain, categories, ReferralStatus.SENT,
				null, consents.today(), now, user.username(), now, user.username(), note, disclosed, null, 0);
		store.insert(user.requireMunicipality(), referral);
		audit.record(AuditAction.CREATE, REFERRAL, referral.id(), c.clientId(), "Vermittlung");
		audit.record(AuditAction.DISCLOSE, REFERRAL, referral.id(), c.clientId(), "Vermittlung an Partner " + partner.id()
				+ ": " + categories.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + " (Einwilligung " + consentId + ")");
		register.record(c.clientId(), recipient, partner.name(), categories, consentId, null, Transmission.Occasion.REFERRAL,
				referral.id());
		return referral;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public List<View> ofCase(UUID caseId) {
		CaseSummary c = cases.find(CaseId.of(caseId)).orElseThrow(() -> new NotFoundException("Der Fall"));
		audit.record(AuditAction.READ, REFERRAL + "List", caseId, c.clientId(), "Vermittlungen des Falls");
		return store.ofCase(CurrentUser.require().requireMunicipality(), caseId).stream()
				.map(r -> caseManagerView(r, false)).toList();
	}

	/** For a partner's staff: incoming; for a case manager: the referrals they sent. */
	@Transactional
	@PreAuthorize("hasAnyRole('PARTNER','CASE_MANAGER')")
	public PageResult<View> list(ReferralStatus status, Paging paging) {
		CurrentUser user = CurrentUser.require();
		MunicipalityKey m = user.requireMunicipality();
		if (user.has(Role.PARTNER)) {
			Partner partner = ownPartner(user);
			return store.toPartner(m, partner.id(), status, paging).map(r -> partnerView(r, partner));
		}
		return store.sentBy(m, user.username(), status, paging).map(r -> caseManagerView(r, false));
	}

	@Transactional
	@PreAuthorize("hasAnyRole('PARTNER','CASE_MANAGER')")
	public View read(UUID id) {
		CurrentUser user = CurrentUser.require();
		if (user.has(Role.PARTNER)) {
			Partner partner = ownPartner(user);
			Referral r = store.find(user.requireMunicipality(), id).filter(x -> x.partnerId().equals(partner.id()))
					.orElseThrow(ReferralService::notFound);
			return partnerView(r, partner);
		}
		return caseManagerView(visibleToCaseManager(id), true);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('PARTNER','CASE_MANAGER')")
	public View answer(UUID id, String statusText, String reasonText, String outcomeText, Integer version) {
		CurrentUser user = CurrentUser.require();
		boolean byPartner = user.has(Role.PARTNER);
		Partner partner = byPartner ? ownPartner(user) : null;
		Referral r = byPartner
				? store.find(user.requireMunicipality(), id).filter(x -> x.partnerId().equals(partner.id())).orElseThrow(ReferralService::notFound)
				: visibleToCaseManager(id);
		List<FieldError> errors = new ArrayList<>();
		ReferralStatus target = null;
		if (statusText == null || statusText.isBlank()) {
			errors.add(new FieldError("status", "Bitte den neuen Status angeben."));
		} else {
			target = parse(ReferralStatus.class, statusText.strip().toUpperCase(Locale.ROOT));
			if (target == null) {
				errors.add(new FieldError("status", "Unbekannter Status: " + statusText.strip()));
			}
		}
		DeclineReason reason = null;
		if (reasonText != null && !reasonText.isBlank()) {
			reason = parse(DeclineReason.class, reasonText.strip().toUpperCase(Locale.ROOT));
			if (reason == null) {
				errors.add(new FieldError("declineReason", "Unbekannter Ablehnungsgrund: " + reasonText.strip()));
			}
		}
		if (target == ReferralStatus.DECLINED && reason == null && errors.stream().noneMatch(e -> e.field().equals("declineReason"))) {
			errors.add(new FieldError("declineReason", "Bitte einen Ablehnungsgrund angeben."));
		}
		if (target != null && target != ReferralStatus.DECLINED && reason != null) {
			errors.add(new FieldError("declineReason", "Einen Ablehnungsgrund gibt es nur bei einer Ablehnung."));
		}
		String outcome = text("outcome", outcomeText, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		if (!allowed(r.status(), target, byPartner)) {
			throw new ConflictException(ProblemType.INVALID_TRANSITION,
					"Eine Vermittlung im Status " + r.status() + " kann " + (byPartner ? "der Partner" : "die Fallführung")
							+ " nicht auf " + target + " setzen.",
					Map.of("currentStatus", r.status().name()));
		}
		if (version != null && version != r.version()) {
			throw new StaleVersionException();
		}
		if (!store.answer(user.requireMunicipality(), id, r.version(), target, reason, outcome, byPartner, user.username(),
				Instant.now(clock))) {
			throw new StaleVersionException();
		}
		audit.record(AuditAction.UPDATE, REFERRAL, id, r.clientId(), byPartner ? "Antwort des Partners" : "Vermittlung");
		Referral updated = store.find(user.requireMunicipality(), id).orElseThrow();
		return byPartner ? partnerView(updated, partner) : caseManagerView(updated, false);
	}

	static boolean allowed(ReferralStatus from, ReferralStatus to, boolean byPartner) {
		if (byPartner) {
			return switch (to) {
				case ACCEPTED -> from == ReferralStatus.SENT;
				case DECLINED -> from == ReferralStatus.SENT || from == ReferralStatus.ACCEPTED;
				case COMPLETED -> from == ReferralStatus.ACCEPTED;
				default -> false;
			};
		}
		return switch (to) {
			case WITHDRAWN -> from.isOpen();
			case COMPLETED -> from == ReferralStatus.ACCEPTED;
			default -> false;
		};
	}

	/** What a partner sees: status always; client data only of the categories a consent covers today. */
	private View partnerView(Referral r, Partner partner) {
		Set<DataCategory> covered = EnumSet.noneOf(DataCategory.class);
		covered.addAll(consents.coveredCategories(r.clientId(), Recipient.partner(partner.id()), consents.today()));
		covered.retainAll(r.categories());
		Map<String, Object> data = new LinkedHashMap<>();
		r.disclosed().forEach((category, value) -> {
			if (covered.contains(DataCategory.valueOf(category))) {
				data.put(category, value);
			}
		});
		if (!covered.isEmpty()) {
			audit.record(AuditAction.READ, REFERRAL, r.id(), r.clientId(), "Vermittlung beim Partner");
		}
		return new View(r, partner.name(), covered, covered.isEmpty() ? null : data, covered.isEmpty() ? null : r.note(), true);
	}

	private View caseManagerView(Referral r, boolean audited) {
		if (audited) {
			audit.record(AuditAction.READ, REFERRAL, r.id(), r.clientId(), "Vermittlung");
		}
		String partnerName = partners.find(r.partnerId()).map(Partner::name).orElse(null);
		Set<DataCategory> covered = consents.coveredCategories(r.clientId(), Recipient.partner(r.partnerId()), consents.today());
		Set<DataCategory> stillCovered = EnumSet.noneOf(DataCategory.class);
		stillCovered.addAll(covered);
		stillCovered.retainAll(r.categories());
		return new View(r, partnerName, stillCovered, r.disclosed(), r.note(), false);
	}

	private Referral visibleToCaseManager(UUID id) {
		Referral r = store.find(CurrentUser.require().requireMunicipality(), id).orElseThrow(ReferralService::notFound);
		cases.find(CaseId.of(r.caseId())).orElseThrow(ReferralService::notFound);
		return r;
	}

	private Partner ownPartner(CurrentUser user) {
		return partners.ofMember(user.username()).orElseThrow(
				() -> new org.springframework.security.access.AccessDeniedException("Kein Netzwerkpartner zugeordnet"));
	}

	private Partner partner(String id, List<FieldError> errors) {
		if (id == null || id.isBlank()) {
			errors.add(new FieldError("partnerId", "Bitte einen Partner auswählen."));
			return null;
		}
		try {
			Optional<Partner> partner = partners.find(UUID.fromString(id.strip()));
			if (partner.isEmpty()) {
				errors.add(new FieldError("partnerId", "Diesen Partner gibt es in Ihrer Kommune nicht."));
			}
			return partner.orElse(null);
		} catch (IllegalArgumentException e) {
			errors.add(new FieldError("partnerId", "Diesen Partner gibt es in Ihrer Kommune nicht."));
			return null;
		}
	}

	private static Set<DataCategory> categories(List<String> given, List<FieldError> errors) {
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		for (String c : given == null ? List.<String>of() : given) {
			DataCategory category = parse(DataCategory.class, c == null ? "" : c.strip().toUpperCase(Locale.ROOT));
			if (category == null) {
				errors.add(new FieldError("dataCategories", "Unbekannte Datenkategorie: " + c));
			} else {
				categories.add(category);
			}
		}
		if (categories.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("dataCategories"))) {
			errors.add(new FieldError("dataCategories", "Bitte mindestens eine Datenkategorie auswählen."));
		}
		return categories;
	}

	private static Map<String, Object> basic(ClientSummary client) {
		Map<String, Object> basic = new LinkedHashMap<>();
		basic.put("givenName", client.givenName());
		basic.put("familyName", client.familyName());
		basic.put("originalScriptName", client.originalScriptName());
		basic.put("birthDate", client.birthDate());
		return basic;
	}

	private static String text(String field, String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > TEXT_MAX) {
			errors.add(new FieldError(field, "Höchstens " + TEXT_MAX + " Zeichen."));
		}
		return clean;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String code) {
		try {
			return Enum.valueOf(type, code);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Die Vermittlung");
	}

	/**
	 * A referral as one caller may see it.
	 *
	 * @param coveredCategories the categories a consent covers today (for the partner: all it may see)
	 * @param client            the disclosed data per category, or {@code null} when nothing is covered
	 * @param forPartner        seen by the partner's staff (no case or client ids)
	 */
	public record View(Referral referral, String partnerName, Set<DataCategory> coveredCategories,
			Map<String, Object> client, String note, boolean forPartner) {
	}
}
