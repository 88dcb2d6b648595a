package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Notice;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.grant.GrantService;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applications, decisions, notices and payments as pages (the same services as the API). */
@Controller
@RequestMapping("/funding/applications")
class ApplicationPageController implements FundingPage {

	static final int FORM_LINES = 6;
	static final int PASS_THROUGH_LINES = 3;

	private final GrantService grants;
	private final Municipalities municipalities;

	ApplicationPageController(GrantService grants, Municipalities municipalities) {
		this.grants = grants;
		this.municipalities = municipalities;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String municipality, Model model) {
		CurrentUser user = CurrentUser.require();
		Application.Status s = status == null || status.isBlank() ? null : Application.Status.valueOf(status);
		MunicipalityKey filter = MunicipalityKey.isValid(municipality) ? MunicipalityKey.of(municipality) : null;
		List<Application> applications = grants.list(filter, year, s);
		Map<String, String> names = new LinkedHashMap<>();
		municipalities.all().forEach(m -> names.put(m.key(), m.name()));
		model.addAttribute("applications", applications.stream()
				.map(a -> GrantViews.ApplicationResponse.of(a, grants.amounts(a), grants.noticeOf(a).orElse(null), grants.today()))
				.toList());
		model.addAttribute("names", names);
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("municipality", filter == null ? "" : filter.value());
		model.addAttribute("year", year);
		model.addAttribute("status", s == null ? "" : s.name());
		model.addAttribute("statuses", Application.Status.values());
		model.addAttribute("canApply", user.has(Role.COORDINATOR));
		model.addAttribute("stateLevel", user.isStateLevel());
		return "funding/applications";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		CurrentUser.require().requireMunicipality();
		return form(model, ApplicationForm.empty(grants.today().getYear() + 1), null, Map.of());
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		ApplicationForm form = ApplicationForm.of(params);
		try {
			Application created = grants.create(form.request(null).validate(null));
			redirect.addFlashAttribute("saved", "funding.applications.created");
			return "redirect:/funding/applications/" + created.id();
		} catch (ValidationException e) {
			return form(model, form, null, FormErrors.map(FormErrors.from(new Inputs(), e)));
		} catch (ConflictException e) {
			model.addAttribute("conflict", e.getMessage());
			return form(model, form, null, Map.of());
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Application application = grants.get(id);
		return form(model, ApplicationForm.of(application), application, Map.of());
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Application current = grants.get(id);
		ApplicationForm form = ApplicationForm.of(params);
		try {
			Integer version = Integer.valueOf(params.getFirst("version"));
			grants.update(id, version, form.request(version).validate(current.year()));
			redirect.addFlashAttribute("saved", "funding.applications.changed");
			return "redirect:/funding/applications/" + id;
		} catch (ValidationException e) {
			return form(model, form, current, FormErrors.map(FormErrors.from(new Inputs(), e)));
		} catch (ConflictException e) {
			model.addAttribute("conflict", e.getMessage());
			return form(model, form, current, Map.of());
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(model, grants.get(id), Map.of());
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		grants.submit(id);
		redirect.addFlashAttribute("saved", "funding.applications.submitted");
		return "redirect:/funding/applications/" + id;
	}

	@PostMapping("/{id}/return")
	String returnForCorrection(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			grants.returnForCorrection(id, reason);
		} catch (ValidationException e) {
			return detailPage(model, grants.get(id), FormErrors.map(FormErrors.from(new Inputs(), e)));
		}
		redirect.addFlashAttribute("saved", "funding.applications.returned");
		return "redirect:/funding/applications/" + id;
	}

	@PostMapping("/{id}/decide")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String approvedAmount, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String conditions, Model model, RedirectAttributes redirect) {
		Inputs inputs = new Inputs();
		try {
			Notice.Decision d = inputs.required("decision", inputs.enumValue("decision", Notice.Decision.class, decision));
			BigDecimal amount = inputs.number("approvedAmount", approvedAmount);
			inputs.throwIfAny();
			grants.decide(id, new DecisionForm(d, amount, reason, conditions).validate());
		} catch (ValidationException e) {
			model.addAttribute("decisionForm", Map.of("decision", decision == null ? "" : decision,
					"approvedAmount", approvedAmount == null ? "" : approvedAmount, "reason", reason == null ? "" : reason));
			return detailPage(model, grants.get(id), FormErrors.map(FormErrors.from(inputs, e)));
		}
		redirect.addFlashAttribute("saved", "funding.applications.decided");
		return "redirect:/funding/applications/" + id;
	}

	@PostMapping("/{id}/payments")
	String pay(@PathVariable UUID id, @RequestParam(required = false) String on,
			@RequestParam(required = false) String amount, Model model, RedirectAttributes redirect) {
		Application application = grants.get(id);
		Notice notice = grants.noticeOf(application).orElseThrow(() -> new de.nrw.kim.platform.NotFoundException("Der Bescheid"));
		Inputs inputs = new Inputs();
		try {
			var day = inputs.required("on", inputs.date("on", on));
			Money money = inputs.money("amount", amount, true);
			if (money != null && !money.isPositive()) {
				inputs.error("amount", "Eine Auszahlung ist größer als 0 €.");
			}
			inputs.throwIfAny();
			grants.pay(notice.id(), day, money);
		} catch (ValidationException e) {
			return detailPage(model, application, FormErrors.map(FormErrors.from(inputs, e)));
		} catch (ConflictException e) {
			model.addAttribute("conflict", e.getMessage());
			return detailPage(model, application, Map.of());
		}
		redirect.addFlashAttribute("saved", "funding.applications.paid");
		return "redirect:/funding/applications/" + id;
	}

	private String detailPage(Model model, Application application, Map<String, String> errors) {
		CurrentUser user = CurrentUser.require();
		Notice notice = grants.noticeOf(application).orElse(null);
		model.addAttribute("grantApplication", GrantViews.ApplicationResponse.of(application, grants.amounts(application), notice,
				grants.today()));
		model.addAttribute("municipalityName", municipalities.get(application.municipality()).name());
		model.addAttribute("notice", notice == null ? null : GrantViews.NoticeResponse.of(notice, grants.paidOn(notice)));
		model.addAttribute("payments", notice == null ? List.of() : grants.payments(notice.id()));
		model.addAttribute("history", grants.history(application.id()));
		model.addAttribute("errors", errors);
		model.addAttribute("canSubmit", user.has(Role.COORDINATOR) && application.editable());
		model.addAttribute("canDecide", user.has(Role.GRANT_OFFICER) && application.status() == Application.Status.SUBMITTED);
		model.addAttribute("canPay", user.has(Role.GRANT_OFFICER) && notice != null && notice.approvedAmount().isPositive());
		model.addAttribute("today", grants.today());
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", Map.of("decision", "APPROVED", "approvedAmount", "", "reason", ""));
		}
		return "funding/application";
	}

	private String form(Model model, ApplicationForm form, Application application, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("grantApplication", application);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", PositionKind.values());
		model.addAttribute("recipientKinds", List.of(EmployerKind.TOWN, EmployerKind.WELFARE_ORG));
		return "funding/application-form";
	}

	/** Parsed decision form, validated like the API's decision request. */
	private record DecisionForm(Notice.Decision decision, BigDecimal approvedAmount, String reason,
			String conditions) {

		de.nrw.kim.funding.grant.GrantInput.Decision validate() {
			return new GrantApiController.DecisionRequest(decision, approvedAmount, null, reason, conditions).validate();
		}
	}

	/** The application form: a fixed number of position and pass-through lines, all as text. */
	record ApplicationForm(String year, String materialCosts, List<Line> lines, List<Recipient> recipients) {

		record Line(String module, String kind, String fte, String months, boolean newPosition) {
		}

		record Recipient(String name, String kind, String amount) {
		}

		static ApplicationForm empty(int year) {
			List<Line> lines = new ArrayList<>();
			for (int i = 0; i < FORM_LINES; i++) {
				lines.add(new Line("", "STAFF", "", "12", false));
			}
			List<Recipient> recipients = new ArrayList<>();
			for (int i = 0; i < PASS_THROUGH_LINES; i++) {
				recipients.add(new Recipient("", "", ""));
			}
			return new ApplicationForm(String.valueOf(year), "0,00", lines, recipients);
		}

		static ApplicationForm of(Application a) {
			ApplicationForm empty = empty(a.year());
			List<Line> lines = new ArrayList<>();
			a.positions().forEach(p -> lines.add(new Line(p.module().key(), p.kind().name(),
					p.fte().value().toPlainString().replace('.', ','), String.valueOf(p.months()), p.newPosition())));
			while (lines.size() < Math.max(FORM_LINES, a.positions().size() + 2)) {
				lines.add(new Line("", "STAFF", "", "12", false));
			}
			List<Recipient> recipients = new ArrayList<>();
			a.passThrough().forEach(t -> recipients.add(new Recipient(t.recipientName(), t.recipientKind().name(),
					t.amount().amount().toPlainString().replace('.', ','))));
			while (recipients.size() < Math.max(PASS_THROUGH_LINES, a.passThrough().size() + 1)) {
				recipients.add(new Recipient("", "", ""));
			}
			return new ApplicationForm(String.valueOf(a.year()), a.materialCosts().amount().toPlainString().replace('.', ','),
					lines, recipients);
		}

		static ApplicationForm of(MultiValueMap<String, String> p) {
			List<Line> lines = new ArrayList<>();
			for (int i = 0; p.containsKey("positions[" + i + "].module"); i++) {
				String prefix = "positions[" + i + "].";
				lines.add(new Line(value(p, prefix + "module"), value(p, prefix + "kind"), value(p, prefix + "fte"),
						value(p, prefix + "months"), "true".equals(p.getFirst(prefix + "newPosition"))));
			}
			List<Recipient> recipients = new ArrayList<>();
			for (int i = 0; p.containsKey("passThrough[" + i + "].recipientName"); i++) {
				String prefix = "passThrough[" + i + "].";
				recipients.add(new Recipient(value(p, prefix + "recipientName"), value(p, prefix + "recipientKind"),
						value(p, prefix + "amount")));
			}
			return new ApplicationForm(value(p, "year"), value(p, "materialCosts"), lines, recipients);
		}

		private static String value(MultiValueMap<String, String> p, String key) {
			String v = p.getFirst(key);
			return v == null ? "" : v;
		}

		/** The lines that were filled in (empty ones are left out), as an API request. */
		GrantViews.ApplicationRequest request(Integer version) {
			Inputs inputs = new Inputs();
			List<GrantViews.PlannedLine> planned = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				Line l = lines.get(i);
				if (l.module().isBlank() && l.fte().isBlank()) {
					continue;
				}
				String prefix = "positions[" + i + "].";
				planned.add(new GrantViews.PlannedLine(inputs.integer(prefix + "module", l.module()),
						l.kind().isBlank() ? null : PositionKind.valueOf(l.kind()), inputs.number(prefix + "fte", l.fte()),
						inputs.integer(prefix + "months", l.months()), l.newPosition()));
			}
			List<GrantViews.PassThroughLine> through = new ArrayList<>();
			for (int i = 0; i < recipients.size(); i++) {
				Recipient r = recipients.get(i);
				if (r.name().isBlank() && r.amount().isBlank()) {
					continue;
				}
				through.add(new GrantViews.PassThroughLine(r.name(), r.kind().isBlank() ? null : EmployerKind.valueOf(r.kind()),
						inputs.number("passThrough[" + i + "].amount", r.amount())));
			}
			Integer y = inputs.integer("year", year);
			BigDecimal material = inputs.number("materialCosts", materialCosts);
			inputs.throwIfAny();
			return new GrantViews.ApplicationRequest(y, planned, material, through, version);
		}
	}
}
