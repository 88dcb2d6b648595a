package de.nrw.kim.platform;

import java.io.IOException;
import java.time.Duration;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** API.md: "Everything is also in the OpenAPI document at /v3/api-docs", readable in Swagger UI. */
@KimIntegrationTest
class OpenApiIT {

	@LocalServerPort
	int port;

	@Nested
	class TheDocument {

		@Test
		void isJsonAndNeedsNoLogin() {
			ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
			assertThat(docs.status()).isEqualTo(200);
			assertThat(docs.contentType()).startsWith("application/json");
			assertThat(docs.text("openapi")).startsWith("3.");
			assertThat(docs.json().path("info").path("title").asString()).isEqualTo("KIM-Plattform – REST-API");
		}

		@Test
		void tellsHowToAuthenticate() {
			ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
			assertThat(docs.json().path("components").path("securitySchemes").path("basic").path("scheme").asString())
					.isEqualTo("basic");
		}

		@Test
		void describesThePlatformEndpoints() {
			ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
			assertThat(docs.json().path("paths").has("/api/v1/me")).isTrue();
			assertThat(docs.json().path("paths").has("/api/v1/municipalities")).isTrue();
			assertThat(docs.json().path("paths").path("/api/v1/me").has("get")).isTrue();
		}

		@Test
		void describesOnlyTheApi() {
			ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
			assertThat(docs.json().path("paths").propertyNames()).allSatisfy(path -> assertThat(path).startsWith("/api/"));
		}
	}

	@Nested
	class SwaggerUi {

		@Test
		void isServed() {
			ApiClient.Response page = ApiClient.anonymous(port).get("/swagger-ui/index.html");
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.contentType()).startsWith("text/html");
		}

		@Test
		void rendersTheOperationsDespiteTheContentSecurityPolicy() throws IOException {
			assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
			try (Browser browser = Browser.open(port)) {
				browser.go("/swagger-ui/index.html");
				new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
						.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
				assertThat(browser.find(".swagger-ui .info .title").getText()).isNotBlank();
				assertThat(browser.findAll(".swagger-ui .opblock-summary-path").stream().map(path -> path.getText()))
						.contains("/api/v1/me", "/api/v1/municipalities");
				Screenshots.save(browser, "swagger-ui");
			}
		}
	}
}
