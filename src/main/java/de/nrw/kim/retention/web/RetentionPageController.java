package de.nrw.kim.retention.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.retention.internal.RetentionRun;
import de.nrw.kim.retention.internal.RetentionService;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the Löschkonzept: period, run (dry or real) and the deletion report. */
@Controller
@RequestMapping("/admin/retention")
class RetentionPageController {

	private final RetentionService retention;

	RetentionPageController(RetentionService retention) {
		this.retention = retention;
	}

	@Bean
	static NavigationItem retentionNavigation() {
		return new NavigationItem("nav.admin.retention", "/admin/retention", 820, Set.of(Role.MUNICIPAL_ADMIN));
	}

	@GetMapping
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		var policy = retention.policy();
		if (!model.containsAttribute("policyForm")) {
			model.addAttribute("policyForm", new PolicyForm(Integer.toString(policy.retentionYears()), policy.legalBasis(),
					policy.version()));
		}
		if (!model.containsAttribute("runForm")) {
			model.addAttribute("runForm", new RunForm(LocalDate.now().toString(), true));
		}
		model.addAttribute("policy", policy);
		model.addAttribute("runs", retention.report(Paging.of(page, 20)));
		model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
		return "retention/retention";
	}

	@PostMapping("/policy")
	String changePolicy(PolicyForm form, Model model, RedirectAttributes redirect) {
		try {
			retention.changePolicy(parseYears(form.retentionYears()), form.legalBasis(), form.version());
			redirect.addFlashAttribute("success", "retention.policy.saved");
			return "redirect:/admin/retention";
		} catch (ValidationException | StaleVersionException e) {
			model.addAttribute("policyForm", form);
			model.addAttribute("errors", e instanceof ValidationException v ? errors(v) : Map.of());
			model.addAttribute("errorSummary", e instanceof ValidationException v ? summary(v) : Map.of());
			if (e instanceof StaleVersionException) {
				model.addAttribute("failure", "retention.policy.stale");
			}
			return page(0, model);
		}
	}

	@PostMapping("/run")
	String run(RunForm form, Model model, RedirectAttributes redirect) {
		try {
			RetentionRun run = retention.run(form.asOf(), Boolean.TRUE.equals(form.dryRun()));
			redirect.addFlashAttribute("lastRun", run);
			redirect.addFlashAttribute("success", run.dryRun() ? "retention.run.dryDone" : "retention.run.done");
			return "redirect:/admin/retention";
		} catch (ValidationException e) {
			model.addAttribute("runForm", form);
			model.addAttribute("errors", errors(e));
			model.addAttribute("errorSummary", summary(e));
			return page(0, model);
		}
	}

	@GetMapping("/report.csv")
	ResponseEntity<byte[]> csv() {
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"loeschbericht.csv\"")
				.body(DeletionReportCsv.of(retention.fullReport()));
	}

	private static Integer parseYears(String years) {
		try {
			return years == null ? null : Integer.valueOf(years.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	static Map<String, String> errors(ValidationException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
		return errors;
	}

	static Map<String, String> summary(ValidationException e) {
		return errors(e);
	}

	record PolicyForm(String retentionYears, String legalBasis, Integer version) implements java.io.Serializable {
	}

	record RunForm(String asOf, Boolean dryRun) implements java.io.Serializable {
	}
}
