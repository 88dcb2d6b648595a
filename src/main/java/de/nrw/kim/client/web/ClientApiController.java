package de.nrw.kim.client.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.internal.Client;
import de.nrw.kim.client.internal.ClientInput;
import de.nrw.kim.client.internal.ClientSearch;
import de.nrw.kim.client.internal.ClientService;
import de.nrw.kim.client.internal.Clients;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Clients": create, read, change, fuzzy search, duplicate check. */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Klient*innen")
class ClientApiController {

	private final ClientService clients;
	private final ClientSearch search;
	private final Municipalities municipalities;

	ClientApiController(ClientService clients, ClientSearch search, Municipalities municipalities) {
		this.clients = clients;
		this.search = search;
		this.municipalities = municipalities;
	}

	@PostMapping
	ResponseEntity<ClientResponse> create(@RequestBody ClientRequest request) {
		Client client = clients.create(request.validate(clients.today()));
		return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id())).body(response(client));
	}

	@GetMapping("/{id}")
	ClientResponse get(@PathVariable UUID id) {
		return response(clients.read(id));
	}

	@PutMapping("/{id}")
	ClientResponse update(@PathVariable UUID id, @RequestBody ClientRequest request) {
		if (request.version() == null) {
			throw new ValidationException("version", "Bitte die Version mitsenden, die Sie zuletzt gelesen haben.");
		}
		return response(clients.update(id, request.version(), request.validate(clients.today())));
	}

	/** Fuzzy name search, best first; {@code q} 1–100 characters. */
	@GetMapping
	PageResult<SearchItem> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return search.search(q, Paging.of(page, size)).map(SearchItem::of);
	}

	/** Likely duplicates of a person about to be created, best first. */
	@PostMapping("/duplicate-check")
	DuplicateCheckResponse duplicateCheck(@RequestBody DuplicateCheckRequest request) {
		return new DuplicateCheckResponse(search
				.duplicates(request.givenName(), request.familyName(), request.birthDate(), null).stream()
				.map(candidate -> new Candidate(candidate.id(), candidate.score()))
				.toList());
	}

	private ClientResponse response(Client client) {
		return ClientResponse.of(client, municipalities.get(client.municipality()));
	}

	/** What a client sends; {@code id} and tenant fields are not part of it, so they cannot be set. */
	record ClientRequest(String givenName, String familyName, String originalScriptName, String birthDate,
			String gender, List<String> nationalities, List<String> languages, LocalDate arrivalDate, String phone,
			String email, Integer version) {

		Client.ClientDetails validate(LocalDate today) {
			return ClientInput.validate(givenName, familyName, originalScriptName, birthDate, gender, nationalities,
					languages, arrivalDate, phone, email, today);
		}
	}

	record SearchItem(UUID id, String givenName, String familyName, String originalScriptName, String birthDate,
			double score) {

		static SearchItem of(Clients.Match match) {
			return new SearchItem(match.id(), match.givenName(), match.familyName(), match.originalScriptName(),
					match.birthDate(), match.score());
		}
	}

	record DuplicateCheckRequest(String givenName, String familyName, String birthDate) {
	}

	record DuplicateCheckResponse(List<Candidate> candidates) {
	}

	record Candidate(UUID id, double score) {
	}
}
