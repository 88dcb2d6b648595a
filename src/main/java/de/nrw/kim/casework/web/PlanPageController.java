package de.nrw.kim.casework.web;

import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.internal.CaseFileService;
import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.casework.internal.GoalDraft;
import de.nrw.kim.casework.internal.GoalStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan tab: the goals with their status, a form for a new goal, a status change per goal. */
@Controller
@RequestMapping("/cases/{id}")
class PlanPageController {

	private final CasePages pages;
	private final CaseFileService file;
	private final FormErrors errors;

	PlanPageController(CasePages pages, CaseFileService file, FormErrors errors) {
		this.pages = pages;
		this.file = file;
		this.errors = errors;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "municipality*", "organisation*");
	}

	@GetMapping("/plan")
	String show(@PathVariable UUID id, Model model) {
		return page(id, new GoalForm(null, null, null), FormErrors.none(), model);
	}

	@PostMapping("/goals")
	String addGoal(@PathVariable UUID id, GoalForm form, Model model, RedirectAttributes redirect) {
		try {
			FormInput input = new FormInput();
			LifeDomain domain = input.choice("domain", form.domain(), LifeDomain.class, true);
			var dueOn = input.date("dueOn", form.dueOn(), false);
			GoalDraft draft = input.build(() -> new GoalDraft(domain, form.title(), dueOn));
			input.throwIfAny();
			file.addGoal(CaseId.of(id), draft);
		} catch (CaseInputException e) {
			return page(id, form, errors.of(e), model);
		}
		redirect.addFlashAttribute("success", "casework.flash.goalAdded");
		return "redirect:/cases/" + id + "/plan";
	}

	@PostMapping("/goals/{goalId}/status")
	String changeStatus(@PathVariable UUID id, @PathVariable UUID goalId, StatusForm form, RedirectAttributes redirect) {
		FormInput input = new FormInput();
		GoalStatus status = input.choice("status", form.status(), GoalStatus.class, true);
		Integer version = input.integer("version", form.version(), false);
		input.throwIfAny();
		file.changeGoalStatus(CaseId.of(id), goalId, status, version);
		redirect.addFlashAttribute("success", "casework.flash.goalChanged");
		return "redirect:/cases/" + id + "/plan";
	}

	private String page(UUID id, GoalForm form, Map<String, String> fieldErrors, Model model) {
		pages.prepare(id, "plan", model, fieldErrors);
		model.addAttribute("goals", file.goals(CaseId.of(id)));
		model.addAttribute("form", form);
		model.addAttribute("domains", LifeDomain.values());
		model.addAttribute("statuses", GoalStatus.values());
		return CasePages.VIEW;
	}

	record GoalForm(String domain, String title, String dueOn) {
	}

	record StatusForm(String status, String version) {
	}
}
