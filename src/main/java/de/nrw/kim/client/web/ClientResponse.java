package de.nrw.kim.client.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.internal.Client;
import de.nrw.kim.platform.Municipality;

/** A client as the API shows it. */
record ClientResponse(UUID id, int version, MunicipalityRef municipality, String givenName, String familyName,
		String originalScriptName, String birthDate, Client.Gender gender, List<String> nationalities,
		List<String> languages, LocalDate arrivalDate, String phone, String email, Instant createdAt, String createdBy) {

	static ClientResponse of(Client c, Municipality m) {
		Client.ClientDetails d = c.details();
		return new ClientResponse(c.id(), c.version(), new MunicipalityRef(m.key(), m.name()), d.givenName(),
				d.familyName(), d.originalScriptName(), d.birthDate() == null ? null : d.birthDate().toString(),
				d.gender(), d.nationalities(), d.languages(), d.arrivalDate(), d.phone(), d.email(), c.createdAt(),
				c.createdBy());
	}

	record MunicipalityRef(String key, String name) {
	}
}
