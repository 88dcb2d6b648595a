package de.nrw.kim.client.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.nrw.kim.client.internal.Client;
import de.nrw.kim.client.internal.ClientSearch;
import de.nrw.kim.client.internal.ClientService;
import de.nrw.kim.client.internal.Clients;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
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
@PreAuthorize(Authorities.CASE_WORK)
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
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			try {
				PageResult<Row> result = search.search(query, Paging.of(page == null ? 0 : Math.max(page, 0),
						Paging.DEFAULT_SIZE)).map(match -> Row.of(match, locale));
				model.addAttribute("result", result);
				model.addAttribute("pagerUrl", UriComponentsBuilder.fromPath("/clients").queryParam("q", query).encode().toUriString());
			} catch (ValidationException e) {
				model.addAttribute("queryError", e.errors().get(0).message());
			}
		}
		return htmx != null ? "client/search-results :: htmx" : "client/search";
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
			@RequestParam(defaultValue = "false") boolean confirmDuplicate, Model model, Locale locale,
			RedirectAttributes redirect) {
		Client.ClientDetails details = form.validate(clients.today(), binding);
		if (details == null) {
			return "client/new";
		}
		if (!confirmDuplicate) {
			List<Row> duplicates = search.duplicates(details.givenName(), details.familyName(),
					details.birthDate() == null ? null : details.birthDate().toString(), null).stream()
					.map(candidate -> new Row(candidate.id(), candidate.givenName(), candidate.familyName(), null,
							PartialDates.display(candidate.birthDate(), locale)))
					.toList();
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return "client/new";
			}
		}
		Client client = clients.create(details);
		redirect.addFlashAttribute("success", "client.created");
		return "redirect:/clients/" + client.id();
	}

	/** A found client as a table row or list entry shows it. */
	record Row(UUID id, String givenName, String familyName, String originalScriptName, String birthDate) {

		static Row of(Clients.Match match, Locale locale) {
			return new Row(match.id(), match.givenName(), match.familyName(), match.originalScriptName(),
					PartialDates.display(match.birthDate(), locale));
		}
	}
}
