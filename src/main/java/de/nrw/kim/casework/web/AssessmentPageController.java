package de.nrw.kim.casework.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.casework.internal.AssessmentDraft;
import de.nrw.kim.casework.internal.CaseFileService;
import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.casework.internal.ComparedAssessment;
import de.nrw.kim.casework.internal.DomainAssessment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment tab: one row per life domain (need and note, prefilled with the latest
 * assessment), and the history of earlier assessments with the change per domain.
 */
@Controller
@RequestMapping("/cases/{id}/assessment")
class AssessmentPageController {

	private static final Pattern DOMAIN_FIELD = Pattern.compile("domains\\[(\\d+)]\\.(\\w+)");

	private final CasePages pages;
	private final CaseFileService file;
	private final FormErrors errors;

	AssessmentPageController(CasePages pages, CaseFileService file, FormErrors errors) {
		this.pages = pages;
		this.file = file;
		this.errors = errors;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "municipality*", "organisation*");
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		pages.prepare(id, "assessment", model, FormErrors.none());
		List<ComparedAssessment> history = file.assessments(CaseId.of(id));
		model.addAttribute("rows", rows(history.isEmpty() ? null : history.get(0), null, null));
		model.addAttribute("history", history);
		model.addAttribute("needs", Need.values());
		return CasePages.VIEW;
	}

	/** Each domain arrives as {@code need.<DOMAIN>} and {@code note.<DOMAIN>}; a domain without need was not assessed. */
	@PostMapping
	String assess(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		List<DomainAssessment> domains = new ArrayList<>();
		List<LifeDomain> order = new ArrayList<>();
		FormInput input = new FormInput();
		for (LifeDomain domain : LifeDomain.values()) {
			Need need = input.choice("need." + domain, form.get("need." + domain), Need.class, false);
			String note = form.get("note." + domain);
			if (need != null || (note != null && !note.isBlank())) {
				domains.add(new DomainAssessment(domain, need, note));
				order.add(domain);
			}
		}
		try {
			AssessmentDraft draft = input.build(() -> new AssessmentDraft(domains));
			input.throwIfAny();
			file.assess(CaseId.of(id), draft);
		} catch (CaseInputException e) {
			Map<String, String> fieldErrors = pageErrors(e, order);
			pages.prepare(id, "assessment", model, fieldErrors);
			List<ComparedAssessment> history = file.assessments(CaseId.of(id));
			model.addAttribute("rows", rows(null, form, fieldErrors));
			model.addAttribute("history", history);
			model.addAttribute("needs", Need.values());
			return CasePages.VIEW;
		}
		redirect.addFlashAttribute("success", "casework.flash.assessed");
		return "redirect:/cases/" + id + "/assessment";
	}

	/** The domain's errors under the names of the page's inputs ({@code domains[2].note} → {@code note.LANGUAGE}). */
	private Map<String, String> pageErrors(CaseInputException e, List<LifeDomain> order) {
		Map<String, String> translated = new LinkedHashMap<>();
		errors.of(e).forEach((field, message) -> {
			Matcher m = DOMAIN_FIELD.matcher(field);
			if (m.matches()) {
				String part = m.group(2).equals("domain") ? "need" : m.group(2);
				translated.putIfAbsent(part + "." + order.get(Integer.parseInt(m.group(1))), message);
			} else {
				translated.putIfAbsent(field.equals("domains") ? "need." + LifeDomain.values()[0] : field, message);
			}
		});
		return translated;
	}

	private static List<Row> rows(ComparedAssessment latest, Map<String, String> form, Map<String, String> fieldErrors) {
		return Arrays.stream(LifeDomain.values()).map(domain -> {
			if (form != null) {
				return new Row(domain, form.get("need." + domain), form.get("note." + domain));
			}
			var entry = latest == null ? null
					: latest.domains().stream().filter(d -> d.domain() == domain).findFirst().orElse(null);
			return new Row(domain, entry == null ? null : entry.need().name(), entry == null ? null : entry.note());
		}).toList();
	}

	/** One life domain in the form: the need and note entered (or last assessed). */
	record Row(LifeDomain domain, String need, String note) {
	}
}
