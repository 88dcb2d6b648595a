package de.nrw.kim.retention.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.client.ClientRestrictions;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of restricted persons (Sperrung, Art. 18 GDPR). */
@Controller
@RequestMapping("/admin/restrictions")
class RestrictionPageController {

	private final ClientRestrictions restrictions;

	RestrictionPageController(ClientRestrictions restrictions) {
		this.restrictions = restrictions;
	}

	@Bean
	static NavigationItem restrictionNavigation() {
		return new NavigationItem("nav.admin.restrictions", "/admin/restrictions", 821, Set.of(Role.MUNICIPAL_ADMIN));
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("restrictions", restrictions.list());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RestrictionForm("", ""));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "retention/restrictions";
	}

	@PostMapping
	String restrict(RestrictionForm form, Model model, RedirectAttributes redirect) {
		try {
			restrictions.restrict(parse(form.clientId()), form.reason());
			redirect.addFlashAttribute("success", "retention.restrictions.restricted");
			return "redirect:/admin/restrictions";
		} catch (ValidationException | NotFoundException | ConflictException e) {
			Map<String, String> errors = e instanceof ValidationException v ? RetentionPageController.errors(v)
					: Map.of("clientId", e instanceof ConflictException ? "Die Person ist bereits gesperrt."
							: "Unter dieser Kennung ist keine Person Ihrer Kommune gespeichert.");
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
			model.addAttribute("errorSummary", errors);
			return page(model);
		}
	}

	@PostMapping("/{clientId}/lift")
	String lift(@PathVariable UUID clientId, RedirectAttributes redirect) {
		restrictions.lift(clientId);
		redirect.addFlashAttribute("success", "retention.restrictions.lifted");
		return "redirect:/admin/restrictions";
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id == null ? "" : id.strip());
		} catch (IllegalArgumentException e) {
			throw new ValidationException("clientId", "Bitte geben Sie die Kennung der Person an (wie auf ihrer Seite angezeigt).");
		}
	}

	record RestrictionForm(String clientId, String reason) implements java.io.Serializable {
	}
}
