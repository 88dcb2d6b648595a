package de.nrw.kim.network;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's figures from funding and cooperation move by exactly what happened, and only for the own municipality. */
@KimIntegrationTest
class DashboardFiguresIT {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	JsonNode figures(String user) {
		var response = as(user).get("/network/dashboard-figures");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	static JsonNode module(JsonNode figures, int module) {
		return figures.path("positions").path("byModule").valueStream().filter(m -> m.path("module").asInt() == module)
				.findFirst().orElseThrow();
	}

	static long declines(JsonNode figures, String partnerId) {
		return figures.path("noCapacityDeclinesByPartner").valueStream()
				.filter(d -> d.path("partnerId").asString().equals(partnerId)).mapToLong(d -> d.path("declines").asLong())
				.sum();
	}

	@Test
	void aNewVacancyAndANoCapacityDeclineCountOnceAndOnlyInTheOwnMunicipality() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		String jobcenter = as("cm.koeln").get("/partners?name=" + URLEncoder.encode("Jobcenter Köln", StandardCharsets.UTF_8))
				.json().path("items").get(0).path("id").asString();
		JsonNode before = figures("koord.koeln");
		JsonNode muensterBefore = figures("koord.muenster");

		Map<String, Object> position = new HashMap<>(Map.of("module", 2, "kind", "STAFF", "fte", 0.5,
				"employerName", "Stadt Köln", "employerKind", "MUNICIPALITY", "contract", "PERMANENT", "phaseOut", false,
				"vacantFrom", today.minusMonths(1).toString()));
		var created = as("koord.koeln").post("/funding/positions", position);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);

		String clientId = as("cm.koeln").post("/clients", Map.of("givenName", "Samir", "familyName",
				"Dashboard-" + UUID.randomUUID().toString().substring(0, 8), "gender", "MALE", "birthDate", "1988")).text("id");
		String caseId = as("cm.koeln").post("/cases", Map.of("clientId", clientId)).text("id");
		Map<String, Object> consent = new HashMap<>();
		consent.put("partnerIds", List.of(jobcenter));
		consent.put("dataCategories", List.of("BASIC"));
		consent.put("purpose", "Vermittlung in Arbeit");
		consent.put("givenOn", today.toString());
		assertThat(as("cm.koeln").post("/clients/" + clientId + "/consents", consent).status()).isEqualTo(201);
		String referral = as("cm.koeln").post("/cases/" + caseId + "/referrals", Map.of("partnerId", jobcenter, "domain", "SGB_II",
				"dataCategories", List.of("BASIC"), "note", "Bitte Beratung anbieten.")).text("id");
		assertThat(as("partner.jobcenter.koeln").patch("/referrals/" + referral,
				Map.of("status", "DECLINED", "declineReason", "NO_CAPACITY")).status()).isEqualTo(200);

		JsonNode after = figures("koord.koeln");
		JsonNode b2 = module(before, 2);
		JsonNode a2 = module(after, 2);
		assertThat(a2.path("positions").asLong()).isEqualTo(b2.path("positions").asLong() + 1);
		assertThat(a2.path("vacant").asLong()).isEqualTo(b2.path("vacant").asLong() + 1);
		assertThat(a2.path("filled").asLong()).isEqualTo(b2.path("filled").asLong());
		assertThat(a2.path("vacantFte").decimalValue()).isEqualByComparingTo(b2.path("vacantFte").decimalValue().add(new java.math.BigDecimal("0.5")));
		assertThat(module(after, 1).path("positions").asLong()).isEqualTo(module(before, 1).path("positions").asLong());
		assertThat(declines(after, jobcenter)).isEqualTo(declines(before, jobcenter) + 1);
		assertThat(after.toString()).doesNotContain(clientId).doesNotContain(caseId).doesNotContain(referral);

		assertThat(figures("koord.muenster")).isEqualTo(muensterBefore);
		assertThat(as("cm.koeln").get("/network/dashboard-figures").status()).isEqualTo(403);
		assertThat(as("koord.koeln").get("/network/dashboard-figures?year=neunzehn").status()).isEqualTo(400);

		ApiClient koord = as("koord.koeln");
		String page = koord.send(koord.request("/api/v1/partners")
				.uri(java.net.URI.create("http://localhost:" + port + "/network/dashboard?lang=de")).setHeader("Accept", "text/html")
				.GET()).raw().body();
		assertThat(page).contains("Stellen und Besetzung", "Baustein 2 – Case Management",
				"Ablehnungen wegen fehlender Kapazität je Partner", "Jobcenter Köln").doesNotContain(clientId);
	}
}
