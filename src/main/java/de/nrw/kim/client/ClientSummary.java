package de.nrw.kim.client;

import java.util.UUID;

/** What other modules may know of a client: identity and name, nothing more. */
public record ClientSummary(UUID id, String givenName, String familyName, String originalScriptName,
		String birthDate, UUID organisationId) {

	public String displayName() {
		return givenName + " " + familyName;
	}
}
