package de.nrw.kim.cooperation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Network partners: coordinators manage, case managers propose, filters, versions, isolation. */
@KimIntegrationTest
class PartnerApiIT {

	@LocalServerPort
	int port;

	CooperationFixtures f() {
		return new CooperationFixtures(port);
	}

	Map<String, Object> partner(String name, String type, List<String> domains) {
		return Map.of("name", name, "type", type, "legalDomains", domains,
				"address", Map.of("street", "Domstraße 1", "postalCode", "50667", "city", "Köln"),
				"contacts", List.of(Map.of("name", "Petra Klein", "function", "Beratung", "email", "klein@example.org")));
	}

	@Test
	void theDemoPartnersOfKoelnAndMuensterExistAndTheJobcenterHasItsStaffMember() {
		ApiClient.Response koeln = f().as("koord.koeln").get("/partners?size=50");
		assertThat(koeln.json().path("items").valueStream().map(p -> p.path("name").asString()))
				.contains("Jobcenter Köln", "Stadt Köln – Ausländerbehörde", "Volkshochschule Köln – Integrationskurse");
		assertThat(f().as("koord.muenster").get("/partners?size=50").json().path("items").valueStream()
				.map(p -> p.path("name").asString())).contains("Jobcenter Münster").doesNotContain("Jobcenter Köln");
		String jobcenter = f().jobcenter();
		assertThat(f().as("koord.koeln").get("/partners/" + jobcenter + "/members").json().valueStream()
				.map(tools.jackson.databind.JsonNode::asString)).containsExactly("partner.jobcenter.koeln");
	}

	@Test
	void aCoordinatorCreatesConfirmedPartnersACaseManagerOnlyProposes() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		ApiClient.Response created = f().as("koord.koeln").post("/partners",
				partner("Sprachschule Rhein " + suffix, "LANGUAGE_COURSE_PROVIDER", List.of("AUFENTHG")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("CONFIRMED");
		assertThat(created.json().path("contacts").get(0).path("name").asString()).isEqualTo("Petra Klein");

		ApiClient.Response proposed = f().cm().post("/partners", partner("Frauenberatung " + suffix, "WELFARE_ORG", List.of("OTHER")));
		assertThat(proposed.status()).isEqualTo(201);
		assertThat(proposed.text("status")).isEqualTo("PROPOSED");
		assertThat(f().cm().post("/partners/" + proposed.text("id") + "/confirm", Map.of()).status()).isEqualTo(403);
		assertThat(f().as("koord.koeln").post("/partners/" + proposed.text("id") + "/confirm", Map.of()).text("status"))
				.isEqualTo("CONFIRMED");
	}

	@Test
	void wrongInputIsAnsweredWithGermanFieldErrorsAndChangesNothing() {
		ApiClient.Response bad = f().as("koord.koeln").post("/partners", Map.of("name", " ", "type", "BAKERY",
				"legalDomains", List.of("SGB_XX"), "address", Map.of("postalCode", "5066")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("errors").valueStream().map(e -> e.path("field").asString()))
				.contains("name", "type", "legalDomains", "postalCode");
		assertThat(bad.json().toString()).contains("Diese Art von Partner gibt es nicht");
	}

	@Test
	void filtersByTypeAndLegalDomain() {
		ApiClient koord = f().as("koord.koeln");
		assertThat(koord.get("/partners?type=JOBCENTER").json().path("items").valueStream()
				.allMatch(p -> p.path("type").asString().equals("JOBCENTER"))).isTrue();
		assertThat(koord.get("/partners?legalDomain=SGB_VIII").json().path("items").valueStream()
				.map(p -> p.path("name").asString())).contains("Stadt Köln – Amt für Kinder, Jugend und Familie")
				.doesNotContain("Jobcenter Köln");
		assertThat(koord.get("/partners?legalDomain=SGB_99").status()).isEqualTo(400);
	}

	@Test
	void anUpdateWithAnOldVersionIsRefused() {
		ApiClient koord = f().as("koord.koeln");
		String id = koord.post("/partners", partner("Tafel Köln " + UUID.randomUUID().toString().substring(0, 6), "OTHER",
				List.of("OTHER"))).text("id");
		Map<String, Object> change = new java.util.HashMap<>(partner("Kölner Tafel e. V.", "WELFARE_ORG", List.of("SGB_XII")));
		change.put("version", 0);
		ApiClient.Response updated = koord.put("/partners/" + id, change);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("version").asInt()).isEqualTo(1);
		assertThat(koord.put("/partners/" + id, change).json().path("type").asString()).endsWith("stale-version");
		assertThat(koord.put("/partners/" + id, change).status()).isEqualTo(409);
	}

	@Test
	void anotherMunicipalitySeesNoPartnerOfKoeln() {
		String jobcenter = f().jobcenter();
		assertThat(f().as("koord.muenster").get("/partners/" + jobcenter).status()).isEqualTo(404);
		assertThat(f().as("cm.muenster").get("/partners/" + jobcenter).status()).isEqualTo(404);
	}
}
