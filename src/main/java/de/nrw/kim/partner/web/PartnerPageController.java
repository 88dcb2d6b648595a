package de.nrw.kim.partner.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.partner.PartnerType;
import de.nrw.kim.partner.internal.PartnerDraft;
import de.nrw.kim.partner.internal.PartnerService;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner directory of the municipality: list with filters, new partner (or proposal), confirmation. */
@Controller
class PartnerPageController {

	private final PartnerService partners;

	PartnerPageController(PartnerService partners) {
		this.partners = partners;
	}

	@GetMapping("/partners")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String legalDomain,
			@RequestParam(required = false) Integer page, Model model) {
		PartnerType t = PartnerApiController.parse(PartnerType.class, "type", blankToNull(type, PartnerType.class));
		LegalDomain d = PartnerApiController.parse(LegalDomain.class, "legalDomain", blankToNull(legalDomain, LegalDomain.class));
		model.addAttribute("result", partners.list(t, d, null, null, Paging.of(page, 20)));
		model.addAttribute("types", PartnerType.values());
		model.addAttribute("domains", LegalDomain.values());
		model.addAttribute("type", t == null ? "" : t.name());
		model.addAttribute("legalDomain", d == null ? "" : d.name());
		model.addAttribute("baseUrl", "/partners?type=" + (t == null ? "" : t.name()) + "&legalDomain=" + (d == null ? "" : d.name()));
		model.addAttribute("coordinator", CurrentUser.require().has(Role.COORDINATOR));
		model.addAttribute("mayCreate", CurrentUser.require().has(Role.COORDINATOR) || CurrentUser.require().has(Role.CASE_MANAGER));
		return "partner/list";
	}

	@GetMapping("/partners/new")
	String form(Model model) {
		PageErrors.none(model);
		return form(model, new PartnerForm(null, null, List.of(), null, null, null, null, null, null, null, null, null));
	}

	@PostMapping("/partners/new")
	String create(PartnerForm form, Model model, RedirectAttributes redirect) {
		try {
			var partner = partners.create(form.draft());
			redirect.addFlashAttribute("success", partner.isConfirmed() ? "partner.flash.created" : "partner.flash.proposed");
			return "redirect:/partners";
		} catch (ValidationException e) {
			PageErrors.add(model, new ValidationException(e.errors().stream()
					.map(error -> new ValidationException.FieldError(contactField(error.field()), error.message())).toList()));
			return form(model, form);
		}
	}

	@GetMapping("/partners/{id}/edit")
	@org.springframework.security.access.prepost.PreAuthorize("hasRole('COORDINATOR')")
	String edit(@PathVariable UUID id, Model model) {
		var p = partners.read(id);
		var contact = p.contacts().isEmpty() ? null : p.contacts().get(0);
		PageErrors.none(model);
		model.addAttribute("partnerId", id);
		model.addAttribute("version", p.version());
		return form(model, new PartnerForm(p.name(), p.type().name(), p.legalDomains().stream().map(Enum::name).toList(),
				p.address().street(), p.address().postalCode(), p.address().city(), p.email(), p.phone(),
				contact == null ? null : contact.name(), contact == null ? null : contact.function(),
				contact == null ? null : contact.email(), contact == null ? null : contact.phone()));
	}

	@PostMapping("/partners/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam(required = false) Integer version, PartnerForm form, Model model,
			RedirectAttributes redirect) {
		try {
			partners.update(id, version, form.draft());
			redirect.addFlashAttribute("success", "partner.flash.updated");
			return "redirect:/partners";
		} catch (ValidationException e) {
			PageErrors.add(model, new ValidationException(e.errors().stream()
					.map(error -> new ValidationException.FieldError(contactField(error.field()), error.message())).toList()));
			model.addAttribute("partnerId", id);
			model.addAttribute("version", version);
			return form(model, form);
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
			return "redirect:/partners/" + id + "/edit";
		}
	}

	@PostMapping("/partners/{id}/confirm")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			partners.confirm(id);
			redirect.addFlashAttribute("success", "partner.flash.confirmed");
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
		}
		return "redirect:/partners";
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("messageKey", "error.notFound");
		return "platform/error";
	}

	private String form(Model model, PartnerForm form) {
		model.addAttribute("form", form);
		model.addAttribute("types", Arrays.stream(PartnerType.values()).map(Enum::name).toList());
		model.addAttribute("domains", LegalDomain.values());
		model.addAttribute("coordinator", CurrentUser.require().has(Role.COORDINATOR));
		return "partner/new";
	}

	/** The form has one contact person with flat field names. */
	private static String contactField(String field) {
		if (!field.startsWith("contacts[0].")) {
			return field;
		}
		String name = field.substring("contacts[0].".length());
		return "contact" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static <E extends Enum<E>> String blankToNull(String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value)) ? value : null;
	}

	record PartnerForm(String name, String type, List<String> legalDomains, String street, String postalCode, String city,
			String email, String phone, String contactName, String contactFunction, String contactEmail,
			String contactPhone) {

		PartnerDraft draft() {
			List<PartnerDraft.ContactDraft> contacts = contactName == null || contactName.isBlank() ? List.of()
					: List.of(new PartnerDraft.ContactDraft(contactName, contactFunction, contactEmail, contactPhone));
			return new PartnerDraft(name, type, legalDomains, street, postalCode, city, email, phone, contacts);
		}

		public boolean hasDomain(String domain) {
			return legalDomains != null && legalDomains.contains(domain);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem partnerNavigation() {
			return new NavigationItem("nav.partners", "/partners", 300,
					java.util.Set.of(Role.COORDINATOR, Role.CASE_MANAGER, Role.MUNICIPAL_ADMIN));
		}
	}
}
