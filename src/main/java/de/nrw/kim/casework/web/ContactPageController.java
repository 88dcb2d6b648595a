package de.nrw.kim.casework.web;

import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.internal.CaseFileService;
import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.casework.internal.ContactDetails;
import de.nrw.kim.casework.internal.ContactMode;
import de.nrw.kim.platform.Paging;
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

/** The contacts tab: a form for a new contact and the contacts so far, newest first, in pages. */
@Controller
@RequestMapping("/cases/{id}/contacts")
class ContactPageController {

	private final CasePages pages;
	private final CaseFileService file;
	private final FormErrors errors;

	ContactPageController(CasePages pages, CaseFileService file, FormErrors errors) {
		this.pages = pages;
		this.file = file;
		this.errors = errors;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "municipality*", "organisation*");
	}

	@GetMapping
	String show(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
		ContactForm empty = new ContactForm(file.today().toString(), null, null, null, null);
		return page(id, empty, FormErrors.none(), page, model);
	}

	@PostMapping
	String record(@PathVariable UUID id, ContactForm form, Model model, RedirectAttributes redirect) {
		try {
			FormInput input = new FormInput();
			var on = input.date("on", form.on(), true);
			ContactMode mode = input.choice("mode", form.mode(), ContactMode.class, true);
			Integer minutes = input.integer("minutes", form.minutes(), true);
			ContactDetails details = input.build(
					() -> new ContactDetails(on, mode, minutes, "true".equals(form.interpreter()), form.note()));
			input.throwIfAny();
			file.recordContact(CaseId.of(id), details);
		} catch (CaseInputException e) {
			return page(id, form, errors.of(e), 0, model);
		}
		redirect.addFlashAttribute("success", "casework.flash.contactRecorded");
		return "redirect:/cases/" + id + "/contacts";
	}

	private String page(UUID id, ContactForm form, Map<String, String> fieldErrors, Integer page, Model model) {
		pages.prepare(id, "contacts", model, fieldErrors);
		model.addAttribute("contacts", file.contacts(CaseId.of(id), Paging.of(page == null ? 0 : Math.max(page, 0), 20)));
		model.addAttribute("form", form);
		model.addAttribute("modes", ContactMode.values());
		model.addAttribute("noteMax", ContactDetails.NOTE_MAX);
		return CasePages.VIEW;
	}

	record ContactForm(String on, String mode, String minutes, String interpreter, String note) {
	}
}
