package de.nrw.kim.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links in pages are written as the template says, without a trip through the static resource chain
 * for each one (ADR 0811): the versionless WebJar path of htmx stays versionless in the page, and the
 * server still delivers the script under it.
 */
@KimIntegrationTest
class PageLinksIT {

	private static final Pattern HTMX = Pattern.compile("<script src=\"([^\"]*htmx[^\"]*)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void theHtmxScriptKeepsItsVersionlessPathAndIsServedUnderIt() throws Exception {
		HttpResponse<String> page = http.send(get("/login"), HttpResponse.BodyHandlers.ofString());
		Matcher script = HTMX.matcher(page.body());
		assertThat(script.find()).as("htmx-Skript im Seitenkopf").isTrue();
		assertThat(script.group(1)).isEqualTo("/webjars/htmx.org/dist/htmx.min.js");

		HttpResponse<String> htmx = http.send(get(script.group(1)), HttpResponse.BodyHandlers.ofString());
		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(htmx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
		assertThat(htmx.body()).contains("htmx");
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).GET().build();
	}
}
