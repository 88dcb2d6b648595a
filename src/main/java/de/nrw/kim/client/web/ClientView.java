package de.nrw.kim.client.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import de.nrw.kim.client.internal.Client;

/** A client as the page shows it: ready-made display text, codes with their names. */
record ClientView(UUID id, int version, String givenName, String familyName, String originalScriptName,
		String birthDate, String gender, String nationalities, String languages, LocalDate arrivalDate, String phone,
		String email) {

	static ClientView of(Client client, Locale locale) {
		Client.ClientDetails d = client.details();
		return new ClientView(client.id(), client.version(), d.givenName(), d.familyName(), d.originalScriptName(),
				d.birthDate() == null ? null : PartialDates.display(d.birthDate().toString(), locale), d.gender().name(),
				CodeNames.countries(d.nationalities(), locale), CodeNames.languages(d.languages(), locale),
				d.arrivalDate(), d.phone(), d.email());
	}

	public String displayName() {
		return givenName + " " + familyName;
	}
}
