package de.nrw.kim.network.web;

import java.util.UUID;

import de.nrw.kim.network.internal.TargetGroup;
import de.nrw.kim.network.internal.TargetGroupDraft;
import de.nrw.kim.network.internal.TargetGroupService;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordination keeps the target groups of the KIM concept: new, change (versioned), delete with confirmation. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class TargetGroupPageController {

	private final TargetGroupService groups;

	TargetGroupPageController(TargetGroupService groups) {
		this.groups = groups;
	}

	@GetMapping("/kim-concept/target-groups/new")
	String newGroup(Model model) {
		PageErrors.none(model);
		return form(model, new TargetGroupDraft(null, null, null, null, null, groups.today().toString(), null, null), null, null);
	}

	@PostMapping("/kim-concept/target-groups/new")
	String create(TargetGroupDraft form, Model model, RedirectAttributes redirect) {
		try {
			groups.create(form);
			redirect.addFlashAttribute("success", "network.concept.flash.groupSaved");
			return "redirect:/kim-concept";
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return form(model, form, null, null);
		}
	}

	@GetMapping("/kim-concept/target-groups/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		TargetGroup g = groups.read(id);
		PageErrors.none(model);
		return form(model, new TargetGroupDraft(g.name(), g.description(), text(g.arrivedWithinYears()), text(g.minAge()),
				text(g.maxAge()), text(g.validFrom()), text(g.validUntil()), g.source()), id, g.version());
	}

	@PostMapping("/kim-concept/target-groups/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam(required = false) Integer version, TargetGroupDraft form, Model model,
			RedirectAttributes redirect) {
		try {
			groups.update(id, version, form);
			redirect.addFlashAttribute("success", "network.concept.flash.groupSaved");
			return "redirect:/kim-concept";
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return form(model, form, id, version);
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
			return "redirect:/kim-concept/target-groups/" + id + "/edit";
		}
	}

	@GetMapping("/kim-concept/target-groups/{id}/delete")
	String confirmDelete(@PathVariable UUID id, Model model) {
		return ConceptDelete.confirm(model, "network.concept.group.delete.title", "network.concept.group.delete.question",
				groups.read(id).name(), "/kim-concept/target-groups/" + id + "/delete");
	}

	@PostMapping("/kim-concept/target-groups/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		groups.delete(id);
		redirect.addFlashAttribute("success", "network.concept.flash.groupDeleted");
		return "redirect:/kim-concept";
	}

	private String form(Model model, TargetGroupDraft form, UUID id, Integer version) {
		model.addAttribute("form", form);
		model.addAttribute("groupId", id);
		model.addAttribute("version", version);
		return "network/concept-target-group-form";
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
