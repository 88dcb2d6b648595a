package de.nrw.kim.cooperation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;

/** Clients, cases, partners and consents for the cooperation tests, created through the API. */
record CooperationFixtures(int port) {

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	ApiClient cm() {
		return as("cm.koeln");
	}

	ApiClient partnerUser() {
		return as("partner.jobcenter.koeln");
	}

	/** A new client with an open case: {caseId, clientId, familyName}. */
	String[] openCase() {
		String family = "Koop-" + UUID.randomUUID().toString().substring(0, 8);
		String clientId = cm().post("/clients", Map.of("givenName", "Amina", "familyName", family, "gender", "FEMALE",
				"birthDate", "1990-04-12")).text("id");
		return new String[] { cm().post("/cases", Map.of("clientId", clientId)).text("id"), clientId, family };
	}

	String partnerId(String name) {
		return cm().get("/partners?name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
				.json().path("items").get(0).path("id").asString();
	}

	String jobcenter() {
		return partnerId("Jobcenter Köln");
	}

	String immigrationOffice() {
		return partnerId("Ausländerbehörde");
	}

	ApiClient.Response consent(String clientId, List<String> partnerIds, List<String> categories, LocalDate givenOn,
			LocalDate validUntil) {
		Map<String, Object> body = new HashMap<>();
		body.put("partnerIds", partnerIds);
		body.put("dataCategories", categories);
		body.put("purpose", "Vermittlung in Arbeit und Sprachförderung");
		body.put("givenOn", givenOn.toString());
		body.put("validUntil", validUntil == null ? null : validUntil.toString());
		return cm().post("/clients/" + clientId + "/consents", body);
	}

	ApiClient.Response refer(String caseId, String partnerId, String domain, List<String> categories) {
		Map<String, Object> body = new HashMap<>();
		body.put("partnerId", partnerId);
		body.put("domain", domain);
		body.put("dataCategories", categories);
		body.put("note", "Bitte Termin zur Beratung anbieten.");
		Map<String, String> details = new HashMap<>();
		if (categories.contains("EDUCATION_WORK")) {
			details.put("EDUCATION_WORK", "Ausbildung als Pflegehelferin in Syrien, sucht Arbeit");
		}
		if (categories.contains("HEALTH")) {
			details.put("HEALTH", "Rückenleiden, nur leichte Tätigkeiten");
		}
		body.put("details", details);
		return cm().post("/cases/" + caseId + "/referrals", body);
	}

	static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
	}
}
