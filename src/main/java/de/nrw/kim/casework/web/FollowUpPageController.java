package de.nrw.kim.casework.web;

import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.internal.CaseFileService;
import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.casework.internal.FollowUpDraft;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The follow-ups tab: a form for a new follow-up, the list, and "done" per open follow-up. */
@Controller
@RequestMapping("/cases/{id}/follow-ups")
class FollowUpPageController {

	private final CasePages pages;
	private final CaseFileService file;
	private final FormErrors errors;

	FollowUpPageController(CasePages pages, CaseFileService file, FormErrors errors) {
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
		return page(id, new FollowUpForm(null, null), FormErrors.none(), model);
	}

	@PostMapping
	String schedule(@PathVariable UUID id, FollowUpForm form, Model model, RedirectAttributes redirect) {
		try {
			FormInput input = new FormInput();
			var dueOn = input.date("dueOn", form.dueOn(), true);
			FollowUpDraft draft = input.build(() -> new FollowUpDraft(dueOn, form.title()));
			input.throwIfAny();
			file.scheduleFollowUp(CaseId.of(id), draft);
		} catch (CaseInputException e) {
			return page(id, form, errors.of(e), model);
		}
		redirect.addFlashAttribute("success", "casework.flash.followUpScheduled");
		return "redirect:/cases/" + id + "/follow-ups";
	}

	@PostMapping("/{followUpId}/done")
	String done(@PathVariable UUID id, @PathVariable UUID followUpId, RedirectAttributes redirect) {
		file.completeFollowUp(followUpId);
		redirect.addFlashAttribute("success", "casework.flash.followUpDone");
		return "redirect:/cases/" + id + "/follow-ups";
	}

	private String page(UUID id, FollowUpForm form, Map<String, String> fieldErrors, Model model) {
		pages.prepare(id, "followUps", model, fieldErrors);
		model.addAttribute("followUps", file.followUps(CaseId.of(id)));
		model.addAttribute("today", file.today());
		model.addAttribute("form", form);
		return CasePages.VIEW;
	}

	record FollowUpForm(String dueOn, String title) {
	}
}
