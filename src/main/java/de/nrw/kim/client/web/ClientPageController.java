package de.nrw.kim.client.web;

import java.util.List;

import de.nrw.kim.client.internal.Client;
import de.nrw.kim.client.internal.ClientSearch;
import de.nrw.kim.client.internal.ClientService;
import de.nrw.kim.client.internal.Clients;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The client search page (works without JavaScript; with htmx the results follow the typing) and the
 * create form with the duplicate warning before saving.
 */
@Controller
class ClientPageController {

	private final ClientService clients;
	private final ClientSearch search;

	ClientPageController(ClientService clients, ClientSearch search) {
		this.clients = clients;
		this.search = search;
	}

	@InitBinder("client")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "municipality", "municipalityId", "organisationId", "createdBy", "createdAt");
	}

	@GetMapping("/clients")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			try {
				PageResult<Clients.Match> result = search.search(query, Paging.of(page == null ? 0 : Math.max(page, 0), Paging.DEFAULT_SIZE));
				model.addAttribute("result", result);
				model.addAttribute("pagerUrl", UriComponentsBuilder.fromPath("/clients").queryParam("q", query).encode().toUriString());
			} catch (ValidationException e) {
				model.addAttribute("queryError", e.errors().get(0).message());
			}
		}
		return htmx != null ? "client/search-results" : "client/search";
	}

	@GetMapping("/clients/new")
	String newClient(Model model) {
		model.addAttribute("client", new ClientForm());
		return "client/new";
	}

	/**
	 * Saves a new client, unless the check finds likely duplicates: then the form comes back with a
	 * warning listing them and a second button that saves anyway ({@code confirmDuplicate=true}).
	 */
	@PostMapping("/clients")
	String create(@ModelAttribute("client") ClientForm form, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean confirmDuplicate, Model model, RedirectAttributes redirect) {
		Client.ClientDetails details = form.validate(clients.today(), binding);
		if (details == null) {
			return "client/new";
		}
		if (!confirmDuplicate) {
			List<ClientSearch.DuplicateCandidate> duplicates = search.duplicates(details.givenName(), details.familyName(),
					details.birthDate() == null ? null : details.birthDate().toString(), null);
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return "client/new";
			}
		}
		Client client = clients.create(details);
		redirect.addFlashAttribute("success", "client.created");
		return "redirect:/clients/" + client.id();
	}
}
