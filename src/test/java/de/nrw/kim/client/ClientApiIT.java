package de.nrw.kim.client;

import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class ClientApiIT {

	@LocalServerPort
	int port;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	static Map<String, Object> olena() {
		return Map.of("givenName", "Olena", "familyName", "Schewtschenko", "originalScriptName", "Олена Шевченко",
				"birthDate", "1987-03", "gender", "FEMALE", "nationalities", List.of("UKR"), "languages", List.of("uk", "ru"));
	}

	@Nested
	class Create {

		@Test
		void answers201WithLocationAndKeepsAPartialBirthDateAsEntered() {
			ApiClient.Response created = cm().post("/clients", olena());
			assertThat(created.status()).isEqualTo(201);
			assertThat(created.header("Location")).endsWith("/api/v1/clients/" + created.text("id"));
			assertThat(created.text("birthDate")).isEqualTo("1987-03");
			assertThat(created.json().path("version").asInt()).isZero();
			assertThat(created.json().path("municipality").path("key").asString()).isEqualTo("05315");
			ApiClient.Response read = cm().get("/clients/" + created.text("id"));
			assertThat(read.text("birthDate")).isEqualTo("1987-03");
			assertThat(read.text("originalScriptName")).isEqualTo("Олена Шевченко");
		}

		@Test
		void namesAreStoredNfcNormalised() {
			String decomposed = "Mu\u0308ller";
			ApiClient.Response created = cm().post("/clients", Map.of("givenName", "Jo\u0308rg", "familyName", decomposed,
					"gender", "MALE"));
			assertThat(created.text("familyName")).isEqualTo("Müller").hasSize(6);
		}

		@Test
		void anImpossibleDateAndUnknownCodesGetGermanFieldErrorsAndStoreNothing() {
			ApiClient.Response rejected = cm().post("/clients", Map.of("givenName", "A", "familyName", "B",
					"birthDate", "2023-02-30", "gender", "MALE", "nationalities", List.of("XYZ"), "languages", List.of("zz")));
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(rejected.contentType()).startsWith("application/problem+json");
			assertThat(rejected.json().path("errors").valueStream().map(e -> e.path("field").asString()))
					.containsExactlyInAnyOrder("birthDate", "nationalities", "languages");
			assertThat(rejected.json().path("errors").get(0).path("message").asString()).contains("gibt es nicht");
		}

		@Test
		void malformedJsonIsAClearProblem() {
			ApiClient.Response rejected = cm().postRaw("/clients", "application/json", "{\"givenName\": ");
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(rejected.text("detail")).contains("JSON");
		}

		@Test
		void aWrongTypeNamesTheField() {
			ApiClient.Response rejected = cm().postRaw("/clients", "application/json",
					"{\"givenName\":\"A\",\"familyName\":\"B\",\"gender\":\"MALE\",\"arrivalDate\":\"2023-13-01\"}");
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(rejected.json().path("errors").get(0).path("field").asString()).isEqualTo("arrivalDate");
		}

		@Test
		void stateLevelRolesAndCoordinatorsMayNotTouchClients() {
			assertThat(ApiClient.as(port, "land").post("/clients", olena()).status()).isEqualTo(403);
			assertThat(ApiClient.as(port, "bewilligung").post("/clients", olena()).status()).isEqualTo(403);
			assertThat(ApiClient.as(port, "koord.koeln").post("/clients", olena()).status()).isEqualTo(403);
		}
	}

	@Nested
	class Isolation {

		@Test
		void anotherMunicipalitysClientIsNotFoundLikeAMissingOne() {
			String id = cm().post("/clients", olena()).text("id");
			ApiClient.Response foreign = ApiClient.as(port, "cm.muenster").get("/clients/" + id);
			ApiClient.Response missing = ApiClient.as(port, "cm.muenster").get("/clients/" + java.util.UUID.randomUUID());
			assertThat(foreign.status()).isEqualTo(404);
			assertThat(foreign.json().path("detail")).isEqualTo(missing.json().path("detail"));
		}

		@Test
		void aWelfareOrganisationInTheSameMunicipalityDoesNotSeeTheClient() {
			String id = cm().post("/clients", olena()).text("id");
			assertThat(ApiClient.as(port, "cm2.koeln").get("/clients/" + id).status()).isEqualTo(200);
			assertThat(ApiClient.as(port, "cm.caritas.koeln").get("/clients/" + id).status()).isEqualTo(404);
		}
	}

	@Nested
	class Update {

		@Test
		void aStaleVersionAnswers409AndChangesNothing() {
			ApiClient.Response created = cm().post("/clients", olena());
			String id = created.text("id");
			Map<String, Object> change = new java.util.HashMap<>(olena());
			change.put("familyName", "Shevchenko");
			change.put("version", 0);
			ApiClient.Response first = cm().put("/clients/" + id, change);
			assertThat(first.status()).isEqualTo(200);
			assertThat(first.json().path("version").asInt()).isEqualTo(1);
			change.put("familyName", "Ševčenko");
			ApiClient.Response stale = cm().put("/clients/" + id, change);
			assertThat(stale.status()).isEqualTo(409);
			assertThat(stale.text("type")).endsWith("/stale-version");
			assertThat(cm().get("/clients/" + id).text("familyName")).isEqualTo("Shevchenko");
		}
	}

	@Nested
	class Audit {

		@Test
		void createAndReadAreInTheAuditTrailAndTheChainVerifies() {
			String id = cm().post("/clients", olena()).text("id");
			cm().get("/clients/" + id);
			ApiClient admin = ApiClient.as(port, "admin.koeln");
			ApiClient.Response trail = admin.get("/audit?clientId=" + id);
			assertThat(trail.json().path("items").valueStream().map(e -> e.path("action").asString()))
					.containsExactly("CREATE", "READ");
			assertThat(trail.json().path("items").get(0).path("actor").asString()).isEqualTo("cm.koeln");
			assertThat(trail.json().path("items").get(1).path("previousHash").asString())
					.isEqualTo(trail.json().path("items").get(0).path("hash").asString());
			ApiClient.Response verify = admin.get("/audit/verify");
			assertThat(verify.json().path("valid").asBoolean()).isTrue();
			assertThat(verify.json().path("checked").asLong()).isGreaterThanOrEqualTo(2);
		}
	}
}
