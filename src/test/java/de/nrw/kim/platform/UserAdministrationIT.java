package de.nrw.kim.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class UserAdministrationIT {

	@LocalServerPort
	int port;

	ApiClient admin() {
		return ApiClient.as(port, "admin.koeln");
	}

	String organisationOf(String name) {
		return admin().get("/organisations").json().valueStream()
				.filter(o -> o.path("name").asString().contains(name)).findFirst().orElseThrow().path("id").asString();
	}

	Map<String, Object> newUser(String username) {
		return new HashMap<>(Map.of("username", username, "displayName", "Neue Kollegin", "role", "CASE_MANAGER",
				"organisationId", organisationOf("Integrationszentrum"), "password", "ein-langes-passwort-2026"));
	}

	@Test
	void anAdministratorCreatesACaseManagerWhoCanThenLogIn() {
		String username = "cm.neu." + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response created = admin().post("/users", newUser(username));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("roles").get(0).asString()).isEqualTo("CASE_MANAGER");
		var login = ApiClient.anonymous(port).send(ApiClient.anonymous(port).request("/me").header("Authorization",
				"Basic " + java.util.Base64.getEncoder().encodeToString((username + ":ein-langes-passwort-2026").getBytes())));
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.json().path("municipality").path("key").asString()).isEqualTo("05315");
	}

	@Test
	void aDisabledAccountCanNoLongerLogIn() {
		String username = "cm.weg." + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response created = admin().post("/users", newUser(username));
		Map<String, Object> change = Map.of("displayName", "Neue Kollegin", "role", "CASE_MANAGER", "organisationId",
				organisationOf("Integrationszentrum"), "enabled", false, "version", 0);
		assertThat(admin().patch("/users/" + created.text("id"), change).status()).isEqualTo(200);
		var login = ApiClient.anonymous(port).send(ApiClient.anonymous(port).request("/me").header("Authorization",
				"Basic " + java.util.Base64.getEncoder().encodeToString((username + ":ein-langes-passwort-2026").getBytes())));
		assertThat(login.status()).isEqualTo(401);
		assertThat(admin().patch("/users/" + created.text("id"), change).status()).isEqualTo(409);
	}

	@Test
	void stateLevelRolesCannotBeGivenFromAMunicipality() {
		Map<String, Object> escalation = newUser("land2." + UUID.randomUUID().toString().substring(0, 8));
		escalation.put("role", "MINISTRY_ANALYST");
		assertThat(admin().post("/users", escalation).status()).isEqualTo(403);
	}

	@Test
	void weakPasswordsAndTakenNamesAreFieldErrors() {
		Map<String, Object> weak = newUser("cm.koeln");
		weak.put("password", "kurz");
		ApiClient.Response rejected = admin().post("/users", weak);
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().path("errors").valueStream().map(e -> e.path("field").asString()))
				.containsExactlyInAnyOrder("username", "password");
	}

	@Test
	void anotherMunicipalitysOrganisationCannotBeUsed() {
		String muensterOrg = ApiClient.as(port, "admin.muenster").get("/organisations").json().get(0).path("id").asString();
		Map<String, Object> foreign = newUser("cm.fremd." + UUID.randomUUID().toString().substring(0, 8));
		foreign.put("organisationId", muensterOrg);
		ApiClient.Response rejected = admin().post("/users", foreign);
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().path("errors").get(0).path("field").asString()).isEqualTo("organisationId");
	}

	@Test
	void onlyTheMunicipalAdministratorManagesUsers() {
		assertThat(ApiClient.as(port, "cm.koeln").get("/users").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "land").get("/users").status()).isEqualTo(403);
		ApiClient.Response list = admin().get("/users");
		assertThat(list.json().path("items").valueStream().map(u -> u.path("username").asString()))
				.contains("cm.koeln", "koord.koeln").doesNotContain("cm.muenster", "land");
	}

	@Test
	void theAdministratorCannotLockThemselvesOut() {
		String adminId = admin().get("/users?size=200").json().path("items").valueStream()
				.filter(u -> u.path("username").asString().equals("admin.koeln")).findFirst().orElseThrow().path("id").asString();
		int version = admin().get("/users/" + adminId).json().path("version").asInt();
		Map<String, Object> change = Map.of("displayName", "Thomas Hoffmann", "role", "MUNICIPAL_ADMIN", "organisationId",
				organisationOf("Integrationszentrum"), "enabled", false, "version", version);
		assertThat(admin().patch("/users/" + adminId, change).status()).isEqualTo(409);
	}
}
