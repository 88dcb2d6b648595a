package de.nrw.kim.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.consent.ConsentCheck;
import de.nrw.kim.consent.Consents;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;
import de.nrw.kim.consent.Transmission;
import de.nrw.kim.consent.TransmissionRegister;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.platform.ValidationException.FieldError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case conferences (ADR 0407): held with partners only when, on the conference day, one active consent
 * covers each partner with every category discussed (else 409 consent-required naming the partners not
 * covered, and nothing is stored or disclosed). Each partner is one DISCLOSE and one register entry.
 */
@Service
@PreAuthorize(Authorities.CASE_WORK)
public class ConferenceService {

	static final String CONFERENCE = "CaseConference";
	private static final int TEXT_MAX = 2000;
	private static final int MINUTES_MAX = 20000;
	private static final int NAME_MAX = 200;

	private final ConferenceStore store;
	private final CaseWork cases;
	private final Partners partners;
	private final Consents consents;
	private final TransmissionRegister register;
	private final AuditTrail audit;
	private final Clock clock = Clock.systemUTC();

	ConferenceService(ConferenceStore store, CaseWork cases, Partners partners, Consents consents,
			TransmissionRegister register, AuditTrail audit) {
		this.store = store;
		this.cases = cases;
		this.partners = partners;
		this.consents = consents;
		this.register = register;
		this.audit = audit;
	}

	@Transactional
	public Conference hold(UUID caseId, ConferenceDraft draft) {
		CurrentUser user = CurrentUser.require();
		CaseSummary c = cases.requireOpen(CaseId.of(caseId));
		List<FieldError> errors = new ArrayList<>();
		LocalDate on = date("on", draft.on(), errors);
		List<Partner> chosen = partners(draft.partnerIds(), errors);
		List<String> internal = new ArrayList<>();
		for (String name : draft.internalParticipants() == null ? List.<String>of() : draft.internalParticipants()) {
			if (name != null && !name.isBlank()) {
				String clean = name.strip();
				if (clean.length() > NAME_MAX) {
					errors.add(new FieldError("internalParticipants", "Namen höchstens " + NAME_MAX + " Zeichen."));
				}
				internal.add(clean);
			}
		}
		Set<DataCategory> categories = categories(draft.dataCategories(), errors);
		String agenda = required("agenda", draft.agenda(), TEXT_MAX, "Bitte die Tagesordnung angeben.", errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		List<Partner> unconfirmed = chosen.stream().filter(p -> !p.isConfirmed()).toList();
		if (!unconfirmed.isEmpty()) {
			throw new ConflictException(ProblemType.of("partner-not-confirmed"), "„" + unconfirmed.get(0).name()
					+ "“ ist erst vorgeschlagen. An Fallkonferenzen nehmen nur von der Koordination bestätigte Partner teil.");
		}
		Map<Recipient, Partner> byRecipient = new LinkedHashMap<>();
		chosen.forEach(p -> byRecipient.put(Recipient.partner(p.id()), p));
		ConsentCheck check = consents.covering(c.clientId(), byRecipient.keySet(), categories, on);
		if (!check.covered()) {
			List<Partner> missing = check.missingRecipients().stream().map(byRecipient::get).toList();
			throw new ConflictException(ReferralService.CONSENT_REQUIRED, "Keine gültige Einwilligung deckt am " + on
					+ " die Übermittlung an " + missing.stream().map(p -> "„" + p.name() + "“").collect(Collectors.joining(", "))
					+ " mit diesen Datenkategorien. Es wurde nichts gespeichert und nichts übermittelt.",
					Map.of("missingPartnerIds", missing.stream().map(Partner::id).toList(), "missingCategories",
							check.missingCategories().stream().sorted().map(Enum::name).toList()));
		}
		List<Conference.Participant> participants = new ArrayList<>();
		byRecipient.forEach((r, p) -> participants.add(
				new Conference.Participant(p.id(), p.name(), check.consentFor(r).orElseThrow(), null)));
		internal.forEach(name -> participants.add(new Conference.Participant(null, null, null, name)));
		Instant now = Instant.now(clock);
		Conference conference = new Conference(UUID.randomUUID(), caseId, c.clientId(), on, agenda, categories, null,
				participants, List.of(), now, user.username(), now, user.username(), 0);
		store.insert(user.requireMunicipality(), conference);
		audit.record(AuditAction.CREATE, CONFERENCE, conference.id(), c.clientId(), "Fallkonferenz");
		String categoryList = categories.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
		for (Conference.Participant p : participants) {
			if (p.isPartner()) {
				audit.record(AuditAction.DISCLOSE, CONFERENCE, conference.id(), c.clientId(), "Fallkonferenz mit Partner "
						+ p.partnerId() + ": " + categoryList + " (Einwilligung " + p.consentId() + ")");
				register.record(c.clientId(), Recipient.partner(p.partnerId()), p.partnerName(), categories, p.consentId(), null,
						Transmission.Occasion.CONFERENCE, conference.id());
			}
		}
		return conference;
	}

	@Transactional
	public List<Conference> ofCase(UUID caseId) {
		CaseSummary c = cases.find(CaseId.of(caseId)).orElseThrow(() -> new NotFoundException("Der Fall"));
		audit.record(AuditAction.READ, CONFERENCE + "List", caseId, c.clientId(), "Fallkonferenzen des Falls");
		return store.ofCase(CurrentUser.require().requireMunicipality(), caseId);
	}

	@Transactional
	public Conference read(UUID id) {
		Conference conference = visible(id);
		audit.record(AuditAction.READ, CONFERENCE, id, conference.clientId(), "Fallkonferenz");
		return conference;
	}

	@Transactional
	public List<Conference.Minutes> minutesHistory(UUID id) {
		Conference conference = visible(id);
		audit.record(AuditAction.READ, CONFERENCE + "Minutes", id, conference.clientId(), "Protokollfassungen");
		return store.minutes(CurrentUser.require().requireMunicipality(), id);
	}

	/** Saves a new version of the minutes; {@code version} is required, a stale one → 409 stale-version. */
	@Transactional
	public Conference writeMinutes(UUID id, String text, Integer version) {
		CurrentUser user = CurrentUser.require();
		Conference conference = visible(id);
		List<FieldError> errors = new ArrayList<>();
		String clean = required("minutes", text, MINUTES_MAX, "Bitte den Protokolltext eingeben.", errors);
		if (version == null) {
			errors.add(new FieldError("version", "Bitte die Version angeben, auf der die Änderung beruht."));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		cases.requireOpen(CaseId.of(conference.caseId()));
		MunicipalityKey m = user.requireMunicipality();
		if (version != conference.version()
				|| !store.writeMinutes(m, id, version, clean, user.username(), Instant.now(clock))) {
			throw new StaleVersionException();
		}
		audit.record(AuditAction.UPDATE, CONFERENCE, id, conference.clientId(), "Protokoll der Fallkonferenz");
		return store.find(m, id).orElseThrow();
	}

	/** Records a decision and schedules a follow-up on the case for its due day. */
	@Transactional
	public Conference.Decision decide(UUID id, DecisionDraft draft) {
		CurrentUser user = CurrentUser.require();
		Conference conference = visible(id);
		List<FieldError> errors = new ArrayList<>();
		String text = required("text", draft.text(), TEXT_MAX, "Bitte den Beschluss eingeben.", errors);
		String responsible = required("responsible", draft.responsible(), NAME_MAX, "Bitte angeben, wer verantwortlich ist.",
				errors);
		LocalDate dueOn = date("dueOn", draft.dueOn(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		cases.requireOpen(CaseId.of(conference.caseId()));
		String title = "Beschluss der Fallkonferenz (" + responsible + "): " + text;
		UUID followUp = cases.scheduleFollowUp(CaseId.of(conference.caseId()), dueOn,
				title.length() > 300 ? title.substring(0, 299) + "…" : title);
		Conference.Decision decision = new Conference.Decision(UUID.randomUUID(), text, responsible, dueOn, followUp,
				Instant.now(clock), user.username());
		store.insertDecision(user.requireMunicipality(), id, decision);
		audit.record(AuditAction.CREATE, CONFERENCE + "Decision", decision.id(), conference.clientId(),
				"Beschluss der Fallkonferenz");
		return decision;
	}

	private Conference visible(UUID id) {
		Conference conference = store.find(CurrentUser.require().requireMunicipality(), id)
				.orElseThrow(() -> new NotFoundException("Die Fallkonferenz"));
		cases.find(CaseId.of(conference.caseId())).orElseThrow(() -> new NotFoundException("Die Fallkonferenz"));
		return conference;
	}

	private List<Partner> partners(List<String> ids, List<FieldError> errors) {
		List<Partner> found = new ArrayList<>();
		for (String id : ids == null ? List.<String>of() : ids) {
			UUID partnerId;
			try {
				partnerId = UUID.fromString(id == null ? "" : id.strip());
			} catch (IllegalArgumentException e) {
				errors.add(new FieldError("partnerIds", "Diesen Partner gibt es in Ihrer Kommune nicht."));
				continue;
			}
			if (found.stream().noneMatch(p -> p.id().equals(partnerId))) {
				partners.find(partnerId).ifPresentOrElse(found::add,
						() -> errors.add(new FieldError("partnerIds", "Diesen Partner gibt es in Ihrer Kommune nicht.")));
			}
		}
		if (found.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("partnerIds"))) {
			errors.add(new FieldError("partnerIds", "Bitte mindestens einen Partner auswählen."));
		}
		return found;
	}

	private static Set<DataCategory> categories(List<String> given, List<FieldError> errors) {
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		for (String c : given == null ? List.<String>of() : given) {
			DataCategory category = ReferralService.parse(DataCategory.class, c == null ? "" : c.strip().toUpperCase(Locale.ROOT));
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

	private static LocalDate date(String field, String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "Bitte ein Datum angeben."));
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 2000 || day.getYear() > 2100) {
				errors.add(new FieldError(field, "Bitte ein Datum zwischen 2000 und 2100 angeben."));
			}
			return day;
		} catch (DateTimeParseException e) {
			errors.add(new FieldError(field, "Bitte ein gültiges Datum angeben (JJJJ-MM-TT)."));
			return null;
		}
	}

	private static String required(String field, String value, int max, String missing, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, missing));
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			errors.add(new FieldError(field, "Höchstens " + max + " Zeichen."));
		}
		return clean;
	}
}
