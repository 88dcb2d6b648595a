package de.nrw.kim.client.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.client.PartialDate;
import de.nrw.kim.platform.MunicipalityKey;

/** A client as stored. Changes go through {@link ClientService}, which validates and audits them. */
public record Client(UUID id, MunicipalityKey municipality, UUID organisationId, ClientDetails details,
		Instant createdAt, String createdBy, int version) {

	public ClientSummary summary() {
		return new ClientSummary(id, details.givenName(), details.familyName(), details.originalScriptName(),
				details.birthDate() == null ? null : details.birthDate().toString(), organisationId);
	}

	/** The fields a case manager enters, already validated and normalised. */
	public record ClientDetails(String givenName, String familyName, String originalScriptName, PartialDate birthDate,
			Gender gender, List<String> nationalities, List<String> languages, LocalDate arrivalDate, String phone,
			String email) {
	}

	public enum Gender {
		FEMALE, MALE, DIVERSE, UNSPECIFIED
	}
}
