package de.nrw.kim.funding.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Notice;
import de.nrw.kim.funding.guideline.GuidelineService;
import de.nrw.kim.funding.history.FundingHistory;
import de.nrw.kim.funding.rules.PlannedAmounts;
import de.nrw.kim.funding.rules.Reduction;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grant cycle: the municipality applies for year N and submits; the grant authority returns it
 * for correction or decides; the notice carries the amounts per Baustein computed with the same rules
 * (reducible with a reason); payments never exceed the notice. Every step is in the history.
 */
@Service
public class GrantService {

	public static final java.net.URI PAYMENT_EXCEEDS_NOTICE = ProblemType.of("payment-exceeds-notice");
	static final String APPLICATION = "Application";
	static final String NOTICE = "Notice";

	private final Applications applications;
	private final Notices notices;
	private final GuidelineService guidelines;
	private final FundingHistory history;
	private final MessageSource messages;
	private final Clock clock;

	GrantService(Applications applications, Notices notices, GuidelineService guidelines, FundingHistory history,
			MessageSource messages, Clock clock) {
		this.applications = applications;
		this.notices = notices;
		this.guidelines = guidelines;
		this.history = history;
		this.messages = messages;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional
	@PreAuthorize(FundingAuthorities.COORDINATOR)
	public Application create(GrantInput.ApplicationContent content) {
		CurrentUser user = CurrentUser.require();
		PlannedAmounts amounts = compute(content);
		Application application = new Application(UUID.randomUUID(), user.requireMunicipality(), content.year(),
				Application.Status.DRAFT, content.positions(), content.materialCosts(), content.passThrough(),
				amounts.total(), null, false, null, 0, clock.instant(), user.username());
		applications.insert(application);
		history.record(application.municipality(), APPLICATION, application.id(), "CREATED", null, contentDetails(application));
		return application;
	}

	@Transactional
	@PreAuthorize(FundingAuthorities.COORDINATOR)
	public Application update(UUID id, int version, GrantInput.ApplicationContent content) {
		Application current = own(id);
		if (content.year() != current.year()) {
			throw new ValidationException("year", "Das Förderjahr eines Antrags lässt sich nicht ändern.");
		}
		PlannedAmounts amounts = compute(content);
		Application changed = current.withContent(content.positions(), content.materialCosts(), content.passThrough(),
				amounts.total());
		save(changed, version);
		applications.replaceLines(changed);
		history.record(changed.municipality(), APPLICATION, id, "CHANGED", null, contentDetails(changed));
		return own(id);
	}

	@Transactional
	@PreAuthorize(FundingAuthorities.COORDINATOR)
	public Application submit(UUID id) {
		Application current = own(id);
		Application submitted = current.submit(today());
		save(submitted, current.version());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("submittedOn", submitted.submittedOn().toString());
		details.put("late", submitted.late());
		history.record(current.municipality(), APPLICATION, id, "SUBMITTED", null, details);
		return own(id);
	}

	@Transactional
	@PreAuthorize(FundingAuthorities.GRANT_OFFICER)
	public Application returnForCorrection(UUID id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ValidationException("reason", "Bitte angeben, was zu korrigieren ist.");
		}
		Application current = visible(id).orElseThrow(() -> new NotFoundException("Der Antrag"));
		Application returned = current.returnForCorrection(reason.strip());
		save(returned, current.version());
		history.record(current.municipality(), APPLICATION, id, "RETURNED", null, Map.of("reason", reason.strip()));
		return visible(id).orElseThrow();
	}

	@Transactional
	@PreAuthorize(FundingAuthorities.GRANT_OFFICER)
	public Notice decide(UUID id, GrantInput.Decision input) {
		Application current = visible(id).orElseThrow(() -> new NotFoundException("Der Antrag"));
		Application decided = current.decided();
		GuidelineService.PlanningBasis basis = guidelines.forPlanning(current.year());
		PlannedAmounts computed = PlannedAmounts.of(current.positions(), current.materialCosts(), basis.basis(),
				guidelines.ruleSet(basis.basis()));
		Map<Module, Money> approved = approvedByModule(input, computed);
		Money approvedTotal = approved.values().stream().reduce(Money.ZERO, Money::plus);
		String reference = "BRA-36-KIM-" + current.year() + "-" + current.municipality().value() + "-"
				+ String.format(Locale.ROOT, "%04d", notices.nextNumber());
		String conditions = input.conditions() == null || input.conditions().isBlank()
				? messages.getMessage("funding.notice.defaultConditions", new Object[] { String.valueOf(current.year()),
						String.valueOf(current.year() + 1) }, Locale.GERMANY)
				: input.conditions().strip();
		Notice notice = new Notice(UUID.randomUUID(), current.municipality(), id, current.year(), reference,
				input.decision(), today(), computed.total(), computed.byModule(), approvedTotal, approved,
				input.reason() == null || input.reason().isBlank() ? null : input.reason().strip(), conditions,
				basis.label(), CurrentUser.require().username(), clock.instant());
		save(decided, current.version());
		notices.insert(notice);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("decision", notice.decision().name());
		details.put("referenceNumber", reference);
		details.put("computedAmount", computed.total().amount());
		details.put("approvedAmount", approvedTotal.amount());
		details.put("reason", notice.reason());
		history.record(current.municipality(), APPLICATION, id, "DECIDED", notice.decidedOn(), details);
		history.record(current.municipality(), NOTICE, notice.id(), "ISSUED", notice.decidedOn(), details);
		return notice;
	}

	/** An instalment on a notice; more than approved in total is refused with 409. */
	@Transactional
	@PreAuthorize(FundingAuthorities.GRANT_OFFICER)
	public Notices.Payment pay(UUID noticeId, LocalDate on, Money amount) {
		Notice notice = notices.findVisible(noticeId).orElseThrow(() -> new NotFoundException("Der Bescheid"));
		notices.lockForPayment(noticeId);
		Money paid = paidOn(notice);
		Money remaining = notice.approvedAmount().minus(paid);
		if (amount.isGreaterThan(remaining)) {
			throw new ConflictException(PAYMENT_EXCEEDS_NOTICE, "Die Auszahlung von " + amount + " € übersteigt den noch "
					+ "nicht ausgezahlten Betrag des Bescheids (" + remaining + " € von " + notice.approvedAmount() + " €).",
					Map.of("approvedAmount", notice.approvedAmount().amount(), "paid", paid.amount(),
							"remaining", remaining.amount()));
		}
		Notices.Payment payment = new Notices.Payment(UUID.randomUUID(), notice.municipality(), noticeId, on, amount,
				CurrentUser.require().username());
		notices.insertPayment(payment);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("on", on.toString());
		details.put("amount", amount.amount());
		details.put("paymentId", payment.id().toString());
		history.record(notice.municipality(), NOTICE, noticeId, "PAID", on, details);
		return payment;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public Application get(UUID id) {
		return visible(id).orElseThrow(() -> new NotFoundException("Der Antrag"));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public List<Application> list(MunicipalityKey filter, Integer year, Application.Status status) {
		CurrentUser user = CurrentUser.require();
		MunicipalityKey scope = user.isStateLevel() ? filter : user.requireMunicipality();
		if (!user.isStateLevel() && filter != null && !filter.equals(scope)) {
			return List.of();
		}
		return applications.list(scope, year).stream().filter(a -> status == null || a.status() == status).toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public List<FundingHistory.Change> history(UUID applicationId) {
		Application application = get(applicationId);
		List<FundingHistory.Change> changes = new ArrayList<>(history.of(application.municipality(), applicationId));
		notices.ofApplication(application.municipality(), applicationId)
				.ifPresent(n -> changes.addAll(history.of(n.municipality(), n.id())));
		changes.sort(java.util.Comparator.comparing(FundingHistory.Change::at));
		return changes;
	}

	/** The amounts an application asks for, computed now (rates of its year, or provisional). */
	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public PlannedAmounts amounts(Application application) {
		GuidelineService.PlanningBasis basis = guidelines.forPlanning(application.year());
		PlannedAmounts amounts = PlannedAmounts.of(application.positions(), application.materialCosts(), basis.basis(),
				guidelines.ruleSet(basis.basis()));
		return new PlannedAmounts(amounts.lines(), amounts.byModule(), amounts.total(), basis.label());
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public Optional<Notice> noticeOf(Application application) {
		return notices.ofApplication(application.municipality(), application.id());
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public Notice notice(UUID id) {
		return visibleNotice(id).orElseThrow(() -> new NotFoundException("Der Bescheid"));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public List<Notice> notices(MunicipalityKey filter, Integer year) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStateLevel()) {
			MunicipalityKey own = user.requireMunicipality();
			return filter == null || filter.equals(own) ? notices.list(own, year) : List.of();
		}
		return notices.list(filter, year);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public List<Notices.Payment> payments(UUID noticeId) {
		Notice notice = notice(noticeId);
		return notices.payments(notice.municipality(), noticeId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public Money paidOn(Notice notice) {
		return notices.payments(notice.municipality(), notice.id()).stream().map(Notices.Payment::amount)
				.reduce(Money.ZERO, Money::plus);
	}

	/** What has been paid to a municipality on the notices of a year (proof of use). */
	@Transactional(readOnly = true)
	public Money paid(MunicipalityKey municipality, int year) {
		return notices.paid(municipality, year);
	}

	/** The sum of all notices of a year (budget: committed). */
	@Transactional(readOnly = true)
	public Money committed(int year) {
		return notices.committed(year);
	}

	private PlannedAmounts compute(GrantInput.ApplicationContent content) {
		GuidelineService.PlanningBasis basis = guidelines.forPlanning(content.year());
		PlannedAmounts amounts = PlannedAmounts.of(content.positions(), content.materialCosts(), basis.basis(),
				guidelines.ruleSet(basis.basis()));
		Money passThrough = content.passThrough().stream().map(Application.PassThrough::amount).reduce(Money.ZERO, Money::plus);
		if (passThrough.isGreaterThan(amounts.total())) {
			throw new ValidationException("passThrough", "Die Weiterleitungen (" + passThrough
					+ " €) übersteigen den beantragten Betrag (" + amounts.total() + " €).");
		}
		return amounts;
	}

	private static Map<Module, Money> approvedByModule(GrantInput.Decision input, PlannedAmounts computed) {
		if (input.decision() == null) {
			throw new ValidationException("decision", "Bitte die Entscheidung angeben (APPROVED, PARTLY_APPROVED, REJECTED).");
		}
		boolean hasReason = input.reason() != null && !input.reason().isBlank();
		switch (input.decision()) {
			case APPROVED -> {
				if (input.approvedAmount() != null && input.approvedAmount().compareTo(computed.total()) != 0) {
					throw new ValidationException("approvedAmount", "Bei voller Bewilligung gilt der berechnete Betrag ("
							+ computed.total() + " €); für einen geringeren Betrag bitte PARTLY_APPROVED mit Begründung wählen.");
				}
				return computed.byModule();
			}
			case REJECTED -> {
				if (!hasReason) {
					throw new ValidationException("reason", "Eine Ablehnung braucht eine Begründung.");
				}
				Map<Module, Money> none = new EnumMap<>(Module.class);
				for (Module m : Module.values()) {
					none.put(m, Money.ZERO);
				}
				return none;
			}
			default -> {
				List<ValidationException.FieldError> errors = new ArrayList<>();
				if (!hasReason) {
					errors.add(new ValidationException.FieldError("reason", "Eine Herabsetzung braucht eine Begründung."));
				}
				Map<Module, Money> approved;
				if (input.byModule() != null && !input.byModule().isEmpty()) {
					approved = new EnumMap<>(Module.class);
					for (Module m : Module.values()) {
						Money value = input.byModule().getOrDefault(m, computed.byModule().get(m));
						if (value.isGreaterThan(computed.byModule().get(m))) {
							errors.add(new ValidationException.FieldError("byModule." + m.number(), "Höchstens der berechnete Betrag ("
									+ computed.byModule().get(m) + " €); Beträge lassen sich nur herabsetzen."));
						}
						approved.put(m, value);
					}
				} else if (input.approvedAmount() != null) {
					approved = input.approvedAmount().isGreaterThan(computed.total()) ? computed.byModule()
							: Reduction.proportional(computed.byModule(), input.approvedAmount());
				} else {
					errors.add(new ValidationException.FieldError("approvedAmount", "Bitte den bewilligten Betrag angeben."));
					approved = computed.byModule();
				}
				Money total = approved.values().stream().reduce(Money.ZERO, Money::plus);
				if (errors.isEmpty() && total.compareTo(computed.total()) >= 0) {
					errors.add(new ValidationException.FieldError("approvedAmount", "Eine teilweise Bewilligung liegt unter dem berechneten Betrag ("
							+ computed.total() + " €); sonst bitte APPROVED wählen."));
				}
				if (!errors.isEmpty()) {
					throw new ValidationException(errors);
				}
				return approved;
			}
		}
	}

	private void save(Application application, int version) {
		if (!applications.update(application, version)) {
			throw new StaleVersionException();
		}
	}

	private Application own(UUID id) {
		MunicipalityKey municipality = CurrentUser.require().requireMunicipality();
		return applications.find(municipality, id).orElseThrow(() -> new NotFoundException("Der Antrag"));
	}

	private Optional<Application> visible(UUID id) {
		CurrentUser user = CurrentUser.require();
		return user.isStateLevel() ? applications.findVisible(id) : applications.find(user.requireMunicipality(), id);
	}

	private Optional<Notice> visibleNotice(UUID id) {
		CurrentUser user = CurrentUser.require();
		return notices.findVisible(id).filter(n -> user.isStateLevel() || n.municipality().equals(user.municipality()));
	}

	private static Map<String, Object> contentDetails(Application a) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("year", a.year());
		details.put("positions", a.positions().stream().map(p -> Map.of("module", p.module().number(), "kind", p.kind().name(),
				"fte", p.fte().value(), "months", p.months(), "newPosition", p.newPosition())).toList());
		details.put("materialCosts", a.materialCosts().amount());
		details.put("passThrough", a.passThrough().stream().map(t -> Map.of("recipientName", t.recipientName(),
				"recipientKind", t.recipientKind().name(), "amount", t.amount().amount())).toList());
		details.put("requestedAmount", a.requestedAmount().amount());
		return details;
	}
}
