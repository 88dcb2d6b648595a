package de.nrw.kim.platform.security;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Map;

import javax.sql.DataSource;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Platform-wide hardening: headers, size limits, error answers, actuator. */
@KimIntegrationTest
class HardeningIT {

	@LocalServerPort
	int port;

	ApiClient admin() {
		return ApiClient.as(port, "admin.koeln");
	}

	@Nested
	class SecurityHeaders {

		@Test
		void pagesForbidInlineCodeFramingAndSniffing() {
			ApiClient.Response login = ApiClient.anonymous(port).send(ApiClient.anonymous(port).request("/login")
					.header("Accept", "text/html"));
			String csp = login.header("Content-Security-Policy");
			assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
					.doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
		}

		@Test
		void hstsOnlyWhenTheRequestCameThroughTls() {
			ApiClient.Response plain = ApiClient.anonymous(port).get("/actuator/health");
			assertThat(plain.header("Strict-Transport-Security")).isNull();
			ApiClient.Response behindProxy = ApiClient.anonymous(port).send(ApiClient.anonymous(port)
					.request("/actuator/health").header("X-Forwarded-Proto", "https"));
			assertThat(behindProxy.header("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
		}

		@Test
		void apiAnswersCarryTheHeadersToo() {
			ApiClient.Response me = ApiClient.as(port, "cm.koeln").get("/me");
			assertThat(me.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(me.header("Cache-Control")).contains("no-store");
		}
	}

	@Nested
	class RequestSize {

		private final String big = "{\"displayName\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";

		@Test
		void aBodyDeclaredTooLargeIsRefusedWith413BeforeLogin() {
			ApiClient.Response response = ApiClient.anonymous(port).postRaw("/api/v1/users", "application/json", big);
			assertProblem(response, 413, "payload-too-large");
		}

		@Test
		void aChunkedBodyIsCountedWhileReadingAndRefusedWith413() {
			long before = admin().get("/users?size=1").json().path("total").asLong();
			ApiClient.Response response = admin().send(admin().request("/api/v1/users")
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));
			assertProblem(response, 413, "payload-too-large");
			assertThat(admin().get("/users?size=1").json().path("total").asLong()).isEqualTo(before);
		}

		@Test
		void aNormalBodyStillPasses() {
			assertThat(admin().post("/organisations", Map.of("name", "Träger " + System.nanoTime(), "kind",
					"WELFARE_ORG")).status()).isEqualTo(201);
		}
	}

	@Nested
	class ErrorAnswers {

		@Test
		void malformedJson() {
			assertProblem(admin().postRaw("/api/v1/organisations", "application/json", "{\"name\": \"a\","), 400,
					"malformed-request");
		}

		@Test
		void wrongTypes() {
			ApiClient.Response response = admin().postRaw("/api/v1/organisations", "application/json",
					"{\"name\": {\"a\": 1}, \"kind\": [1,2]}");
			assertProblem(response, 400, null);
		}

		@Test
		void unknownEnumValuesNameTheFieldAndTheAllowedValues() {
			ApiClient.Response response = admin().post("/organisations", Map.of("name", "X", "kind", "DROP TABLE"));
			assertProblem(response, 400, "validation");
			assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");
			assertThat(response.json().path("errors").get(0).path("message").asString()).contains("WELFARE_ORG");
		}

		@Test
		void deeplyNestedJsonIsRefusedWithoutAStackOverflow() {
			String nested = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
			assertProblem(admin().postRaw("/api/v1/organisations", "application/json", nested), 400, null);
			String arrays = "[".repeat(100_000) + "]".repeat(100_000);
			assertProblem(admin().postRaw("/api/v1/organisations", "application/json", arrays), 400, null);
		}

		@Test
		void aWrongTypeInThePathOrQuery() {
			assertProblem(admin().get("/users/keine-uuid"), 400, "validation");
			assertProblem(admin().get("/users?page=eins"), 400, "validation");
		}

		@Test
		void aWrongMediaTypeAndMethod() {
			assertProblem(admin().postRaw("/api/v1/organisations", "text/plain", "name=x"), 415, null);
			assertProblem(admin().delete("/organisations"), 405, null);
		}
	}

	@Nested
	class Actuator {

		@Autowired
		PathMappedEndpoints endpoints;

		@Autowired
		ApplicationContext context;

		@Autowired
		DataSource dataSource;

		@Test
		void onlyHealthAndMetricsAreReachable() {
			assertThat(endpoints.getAllPaths()).containsExactlyInAnyOrder("/actuator/health",
					"/actuator/metrics", "/actuator/prometheus");
			ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");
			assertThat(health.status()).isEqualTo(200);
			assertThat(health.text("status")).isEqualTo("UP");
			assertThat(health.json().has("components")).isFalse();
			assertThat(ApiClient.anonymous(port).get("/actuator/metrics").status()).isEqualTo(401);
			assertThat(ApiClient.as(port, "cm.koeln").get("/actuator/metrics").status()).isEqualTo(403);
			assertThat(ApiClient.as(port, "cm.koeln").get("/actuator/env").status()).isIn(403, 404);
		}

		@Test
		void healthChecksThePoolNotTheUnpooledOwnerConnection() {
			Map<String, HealthContributor> contributors = context.getBeansOfType(HealthContributor.class);
			HealthContributor db = contributors.get("dbHealthContributor");
			assertThat(db).isInstanceOf(DataSourceHealthIndicator.class).isNotInstanceOf(CompositeHealthContributor.class);
			assertThat(ReflectionTestUtils.getField(db, "dataSource")).isSameAs(dataSource);
			assertThat(contributors.values()).noneMatch(c -> c instanceof CompositeHealthContributor);
		}
	}

	static void assertProblem(ApiClient.Response response, int status, String type) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		if (type != null) {
			assertThat(response.text("type")).isEqualTo("https://kim.nrw.de/problems/" + type);
		}
		assertThat(response.text("detail")).isNotBlank();
		String body = response.raw().body();
		assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("jackson")
				.doesNotContain("springframework").doesNotContain("SQL").doesNotContain("trace");
	}
}
