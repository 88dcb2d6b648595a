package de.nrw.kim.platform;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class PlatformApiIT {

	@LocalServerPort
	int port;

	@Nested
	class Me {

		@Test
		void aCaseManagerSeesTheirRoleAndMunicipality() {
			ApiClient.Response me = ApiClient.as(port, "cm.koeln").get("/me");
			assertThat(me.status()).isEqualTo(200);
			assertThat(me.text("username")).isEqualTo("cm.koeln");
			assertThat(me.json().path("roles").get(0).asString()).isEqualTo("CASE_MANAGER");
			assertThat(me.json().path("municipality").path("key").asString()).isEqualTo("05315");
			assertThat(me.json().path("municipality").path("name").asString()).isEqualTo("Köln");
		}

		@Test
		void theMinistryHasNoMunicipality() {
			ApiClient.Response me = ApiClient.as(port, "land").get("/me");
			assertThat(me.json().path("roles").get(0).asString()).isEqualTo("MINISTRY_ANALYST");
			assertThat(me.json().path("municipality").isNull()).isTrue();
		}

		@Test
		void withoutLoginTheAnswerIsAProblemNotARedirect() {
			ApiClient.Response me = ApiClient.anonymous(port).get("/me");
			assertThat(me.status()).isEqualTo(401);
			assertThat(me.contentType()).startsWith("application/problem+json");
			assertThat(me.header("Set-Cookie")).isNull();
		}

		@Test
		void aWrongPasswordIsRejected() {
			var response = ApiClient.anonymous(port).send(ApiClient.anonymous(port).request("/me")
					.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("cm.koeln:falsch".getBytes())));
			assertThat(response.status()).isEqualTo(401);
		}
	}

	@Nested
	class MunicipalitiesList {

		@Test
		void listsAll54WithTypeAndRegion() {
			ApiClient.Response list = ApiClient.as(port, "land").get("/municipalities");
			assertThat(list.status()).isEqualTo(200);
			assertThat(list.json().size()).isEqualTo(54);
			var koeln = list.json().valueStream().filter(m -> m.path("key").asString().equals("05315")).findFirst().orElseThrow();
			assertThat(koeln.path("name").asString()).isEqualTo("Köln");
			assertThat(koeln.path("type").asString()).isEqualTo("KREISFREIE_STADT");
			assertThat(koeln.path("region").asString()).isEqualTo("KOELN");
			assertThat(list.json().valueStream().map(m -> m.path("region").asString()).distinct().count()).isEqualTo(5);
		}
	}

	@Nested
	class Errors {

		@Test
		void anUnknownApiAddressIsANotFoundProblem() {
			ApiClient.Response response = ApiClient.as(port, "cm.koeln").get("/gibt-es-nicht");
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.text("detail")).isNotBlank();
		}

		@Test
		void theAuditTrailIsForTheMunicipalAdministratorOnly() {
			ApiClient.Response response = ApiClient.as(port, "cm.koeln").get("/audit");
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.text("type")).endsWith("/forbidden");
		}

		@Test
		void healthIsUp() {
			ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");
			assertThat(health.status()).isEqualTo(200);
			assertThat(health.text("status")).isEqualTo("UP");
		}
	}
}
