package de.nrw.kim.platform;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web session lives in PostgreSQL, and loading it needs a pooled connection while the user (and
 * so the tenant of that connection) is still unknown. A logged-in user must be able to make many
 * more requests than the pool has connections.
 */
@KimIntegrationTest
class WebSessionIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aLoggedInUserCanMakeMoreRequestsThanThePoolHasConnections() throws Exception {
		HttpResponse<String> login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).as("CSRF-Feld im Anmeldeformular").isTrue();
		String form = "username=cm.koeln&password=" + ApiClient.DEMO_PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(uri("/login")).timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));

		for (int request = 0; request < 30; request++) {
			HttpResponse<String> start = http.send(get("/"), HttpResponse.BodyHandlers.ofString());
			assertThat(start.statusCode()).as("Anfrage %d", request).isEqualTo(200);
			assertThat(start.body()).contains("Katharina Schneider");
		}
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
