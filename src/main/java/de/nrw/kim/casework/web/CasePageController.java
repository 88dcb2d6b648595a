package de.nrw.kim.casework.web;

import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.casework.internal.CaseService;
import de.nrw.kim.casework.internal.ManualClosure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page: overview with phase steps and team sharing, and closing the case. */
@Controller
@RequestMapping("/cases/{id}")
class CasePageController {

	private final CasePages pages;
	private final CaseService cases;
	private final FormErrors errors;

	CasePageController(CasePages pages, CaseService cases, FormErrors errors) {
		this.pages = pages;
		this.cases = cases;
		this.errors = errors;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "municipality*", "organisation*", "caseManager*");
	}

	@GetMapping
	String overview(@PathVariable UUID id, Model model) {
		pages.prepare(id, "overview", model, FormErrors.none());
		model.addAttribute("history", cases.history(CaseId.of(id)));
		model.addAttribute("caseSections", pages.sectionsOf(id));
		return CasePages.VIEW;
	}

	@PostMapping("/phase")
	String changePhase(@PathVariable UUID id, PhaseForm form, RedirectAttributes redirect) {
		cases.changePhase(CaseId.of(id), form.phase(), new FormInput().integer("version", form.version(), false));
		redirect.addFlashAttribute("success", "casework.flash.phaseChanged");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/team")
	String team(@PathVariable UUID id, TeamForm form, RedirectAttributes redirect) {
		cases.shareWithTeam(CaseId.of(id), "true".equals(form.shared()),
				new FormInput().integer("version", form.version(), false));
		redirect.addFlashAttribute("success", "casework.flash.teamChanged");
		return "redirect:/cases/" + id;
	}

	@GetMapping("/close")
	String closeForm(@PathVariable UUID id, Model model) {
		return closePage(id, new CloseForm(null, null, null), FormErrors.none(), model);
	}

	@PostMapping("/close")
	String close(@PathVariable UUID id, CloseForm form, Model model, RedirectAttributes redirect) {
		try {
			FormInput input = new FormInput();
			ClosureReason reason = input.choice("reason", form.reason(), ClosureReason.class, true);
			Integer version = input.integer("version", form.version(), false);
			ManualClosure closure = input.build(() -> new ManualClosure(reason, form.note()));
			input.throwIfAny();
			cases.close(CaseId.of(id), closure, version);
		} catch (CaseInputException e) {
			return closePage(id, form, errors.of(e), model);
		}
		redirect.addFlashAttribute("success", "casework.flash.closed");
		return "redirect:/cases/" + id;
	}

	private String closePage(UUID id, CloseForm form, Map<String, String> fieldErrors, Model model) {
		pages.prepare(id, "close", model, fieldErrors);
		model.addAttribute("form", form);
		model.addAttribute("reasons", MANUAL_REASONS);
		return CasePages.VIEW;
	}

	static final List<String> MANUAL_REASONS = Arrays.stream(ClosureReason.values()).filter(ClosureReason::isManual)
			.map(Enum::name).toList();

	record PhaseForm(String phase, String version) {
	}

	record TeamForm(String shared, String version) {
	}

	record CloseForm(String reason, String note, String version) {
	}
}
