package de.nrw.kim.client.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.client.ClientPageSection;
import de.nrw.kim.client.internal.Client;
import de.nrw.kim.client.internal.ClientService;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client page: the data, the export downloads, the sections other modules contribute (e.g. the
 * client's cases) and the edit form with optimistic locking.
 */
@Controller
@PreAuthorize(Authorities.CASE_WORK)
class ClientDetailController {

	private final ClientService clients;
	private final List<ClientPageSection> sections;

	ClientDetailController(ClientService clients, List<ClientPageSection> sections) {
		this.clients = clients;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ClientPageSection::order)).toList();
	}

	@InitBinder("client")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "municipality", "municipalityId", "organisationId", "createdBy", "createdAt");
	}

	@GetMapping("/clients/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		Client client = clients.read(id);
		model.addAttribute("client", ClientForm.of(client));
		return page(client, model, locale);
	}

	@PostMapping("/clients/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("client") ClientForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect) {
		Client.ClientDetails details = form.validate(clients.today(), binding);
		if (form.getVersion() == null) {
			binding.rejectValue("version", "client.error.version");
		}
		if (details == null || binding.hasErrors()) {
			model.addAttribute("editOpen", true);
			return page(clients.read(id), model, locale);
		}
		try {
			clients.update(id, form.getVersion(), details);
		} catch (StaleVersionException e) {
			model.addAttribute("stale", true);
			model.addAttribute("editOpen", true);
			return page(clients.read(id), model, locale);
		} catch (ValidationException e) {
			ClientForm.reject(e, binding);
			model.addAttribute("editOpen", true);
			return page(clients.read(id), model, locale);
		}
		redirect.addFlashAttribute("success", "client.updated");
		return "redirect:/clients/" + id;
	}

	private String page(Client client, Model model, Locale locale) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("view", ClientView.of(client, locale));
		model.addAttribute("sections", sections.stream().filter(section -> section.visibleTo(user))
				.map(section -> new RenderedSection(section.fragment(), section.model(client.id(), user))).toList());
		return "client/detail";
	}

	record RenderedSection(String fragment, Map<String, Object> model) {
	}
}
