package de.nrw.kim.network.web;

import java.util.UUID;

import de.nrw.kim.network.internal.AgreementService;
import de.nrw.kim.network.internal.ConceptSection;
import de.nrw.kim.network.internal.ConceptSectionService;
import de.nrw.kim.network.internal.TargetGroupService;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The KIM concept page (target groups, steering structure, agreements) and the steering structure's sections. */
@Controller
class ConceptPageController {

	private final TargetGroupService groups;
	private final ConceptSectionService sections;
	private final AgreementService agreements;

	ConceptPageController(TargetGroupService groups, ConceptSectionService sections, AgreementService agreements) {
		this.groups = groups;
		this.sections = sections;
		this.agreements = agreements;
	}

	@GetMapping("/kim-concept")
	@PreAuthorize("hasAnyRole('COORDINATOR','CASE_MANAGER')")
	String concept(Model model) {
		model.addAttribute("targetGroups", groups.list());
		model.addAttribute("today", groups.today());
		model.addAttribute("sections", sections.list());
		model.addAttribute("agreements", agreements.list());
		model.addAttribute("coordinator", CurrentUser.require().has(Role.COORDINATOR));
		return "network/concept";
	}

	@GetMapping("/kim-concept/sections/new")
	@PreAuthorize("hasRole('COORDINATOR')")
	String newSection(Model model) {
		PageErrors.none(model);
		return form(model, new SectionForm(String.valueOf(sections.list().size() + 1), null, null), null, null);
	}

	@PostMapping("/kim-concept/sections/new")
	String create(SectionForm form, Model model, RedirectAttributes redirect) {
		try {
			sections.create(form.position(), form.title(), form.body());
			redirect.addFlashAttribute("success", "network.concept.flash.sectionSaved");
			return "redirect:/kim-concept#steering";
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return form(model, form, null, null);
		}
	}

	@GetMapping("/kim-concept/sections/{id}/edit")
	@PreAuthorize("hasRole('COORDINATOR')")
	String edit(@PathVariable UUID id, Model model) {
		ConceptSection s = sections.read(id);
		PageErrors.none(model);
		return form(model, new SectionForm(String.valueOf(s.position()), s.title(), s.body()), id, s.version());
	}

	@PostMapping("/kim-concept/sections/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam(required = false) Integer version, SectionForm form, Model model,
			RedirectAttributes redirect) {
		try {
			sections.update(id, version, form.position(), form.title(), form.body());
			redirect.addFlashAttribute("success", "network.concept.flash.sectionSaved");
			return "redirect:/kim-concept#steering";
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return form(model, form, id, version);
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
			return "redirect:/kim-concept/sections/" + id + "/edit";
		}
	}

	@GetMapping("/kim-concept/sections/{id}/delete")
	@PreAuthorize("hasRole('COORDINATOR')")
	String confirmDelete(@PathVariable UUID id, Model model) {
		ConceptSection s = sections.read(id);
		return ConceptDelete.confirm(model, "network.concept.section.delete.title", "network.concept.section.delete.question",
				s.title(), "/kim-concept/sections/" + id + "/delete");
	}

	@PostMapping("/kim-concept/sections/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		sections.delete(id);
		redirect.addFlashAttribute("success", "network.concept.flash.sectionDeleted");
		return "redirect:/kim-concept#steering";
	}

	private String form(Model model, SectionForm form, UUID id, Integer version) {
		model.addAttribute("form", form);
		model.addAttribute("sectionId", id);
		model.addAttribute("version", version);
		return "network/concept-section-form";
	}

	record SectionForm(String position, String title, String body) {
	}
}
