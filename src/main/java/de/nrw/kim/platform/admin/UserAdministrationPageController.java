package de.nrw.kim.platform.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Organisation;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the user administration for the municipal administrator. */
@Controller
@RequestMapping("/admin")
class UserAdministrationPageController {

	private final UserAdministration administration;

	UserAdministrationPageController(UserAdministration administration) {
		this.administration = administration;
	}

	@Bean
	static NavigationItem userAdministrationNavigation() {
		return new NavigationItem("nav.admin.users", "/admin/users", 800, Set.of(Role.MUNICIPAL_ADMIN));
	}

	@GetMapping("/users")
	String users(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("users", administration.list(Paging.of(page, 20)));
		return form(model, new UserForm("", "", Role.CASE_MANAGER, null, ""), Map.of());
	}

	@PostMapping("/users")
	String create(UserForm form, Model model, RedirectAttributes redirect) {
		try {
			var account = administration.create(form.username(), form.displayName(), form.role(),
					form.organisationId(), form.password());
			redirect.addFlashAttribute("success", "admin.users.created");
			return "redirect:/admin/users/" + account.id();
		} catch (ValidationException e) {
			model.addAttribute("users", administration.list(Paging.of(0, 20)));
			return form(model, form, errors(e));
		}
	}

	@GetMapping("/users/{id}")
	String user(@PathVariable UUID id, Model model) {
		model.addAttribute("account", administration.get(id));
		model.addAttribute("organisations", administration.organisations());
		model.addAttribute("roles", UserAdministration.ASSIGNABLE);
		model.addAttribute("errors", Map.of());
		return "platform/admin-user";
	}

	@PostMapping("/users/{id}")
	String update(@PathVariable UUID id, AccountForm form, Model model, RedirectAttributes redirect) {
		try {
			administration.update(id, form.version() == null ? -1 : form.version(), form.displayName(), form.role(),
					form.organisationId(), Boolean.TRUE.equals(form.enabled()));
			redirect.addFlashAttribute("success", "admin.users.saved");
			return "redirect:/admin/users/" + id;
		} catch (ValidationException | StaleVersionException e) {
			model.addAttribute("account", administration.get(id));
			model.addAttribute("organisations", administration.organisations());
			model.addAttribute("roles", UserAdministration.ASSIGNABLE);
			model.addAttribute("errors", e instanceof ValidationException v ? errors(v) : Map.of());
			model.addAttribute("stale", e instanceof StaleVersionException);
			return "platform/admin-user";
		}
	}

	@PostMapping("/users/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password, Model model,
			RedirectAttributes redirect) {
		try {
			administration.resetPassword(id, password);
			redirect.addFlashAttribute("success", "admin.users.passwordReset");
			return "redirect:/admin/users/" + id;
		} catch (ValidationException e) {
			model.addAttribute("account", administration.get(id));
			model.addAttribute("organisations", administration.organisations());
			model.addAttribute("roles", UserAdministration.ASSIGNABLE);
			model.addAttribute("errors", errors(e));
			return "platform/admin-user";
		}
	}

	@PostMapping("/users/{id}/two-factor/reset")
	String resetTwoFactor(@PathVariable UUID id, RedirectAttributes redirect) {
		administration.resetTwoFactor(id);
		redirect.addFlashAttribute("success", "admin.users.twoFactorReset");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/organisations")
	String organisations(Model model) {
		model.addAttribute("organisations", administration.organisations());
		model.addAttribute("errors", Map.of());
		model.addAttribute("kinds", Organisation.Kind.values());
		return "platform/admin-organisations";
	}

	@PostMapping("/organisations")
	String createOrganisation(@RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) Organisation.Kind kind, Model model, RedirectAttributes redirect) {
		try {
			administration.createOrganisation(name, kind);
			redirect.addFlashAttribute("success", "admin.organisations.created");
			return "redirect:/admin/organisations";
		} catch (ValidationException e) {
			model.addAttribute("organisations", administration.organisations());
			model.addAttribute("errors", errors(e));
			model.addAttribute("kinds", Organisation.Kind.values());
			model.addAttribute("name", name);
			return "platform/admin-organisations";
		}
	}

	private String form(Model model, UserForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("organisations", administration.organisations());
		model.addAttribute("roles", UserAdministration.ASSIGNABLE);
		return "platform/admin-users";
	}

	private static Map<String, String> errors(ValidationException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
		return errors;
	}

	record UserForm(String username, String displayName, Role role, UUID organisationId, String password) {
	}

	record AccountForm(String displayName, Role role, UUID organisationId, Boolean enabled, Integer version) {
	}
}
