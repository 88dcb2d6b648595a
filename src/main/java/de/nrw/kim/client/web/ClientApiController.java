package de.nrw.kim.client.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.internal.Client;
import de.nrw.kim.client.internal.ClientInput;
import de.nrw.kim.client.internal.ClientService;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.ValidationException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Clients": create, read, change. */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Klient*innen")
class ClientApiController {

	private final ClientService clients;
	private final Municipalities municipalities;

	ClientApiController(ClientService clients, Municipalities municipalities) {
		this.clients = clients;
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

	record MunicipalityRef(String key, String name) {
	}

	record ClientResponse(UUID id, int version, MunicipalityRef municipality, String givenName, String familyName,
			String originalScriptName, String birthDate, Client.Gender gender, List<String> nationalities,
			List<String> languages, LocalDate arrivalDate, String phone, String email, Instant createdAt) {

		static ClientResponse of(Client c, de.nrw.kim.platform.Municipality m) {
			Client.ClientDetails d = c.details();
			return new ClientResponse(c.id(), c.version(), new MunicipalityRef(m.key(), m.name()), d.givenName(),
					d.familyName(), d.originalScriptName(), d.birthDate() == null ? null : d.birthDate().toString(),
					d.gender(), d.nationalities(), d.languages(), d.arrivalDate(), d.phone(), d.email(), c.createdAt());
		}
	}
}
