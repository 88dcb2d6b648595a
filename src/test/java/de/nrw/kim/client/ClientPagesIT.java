package de.nrw.kim.client;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The client pages over plain HTTP: need-to-know, roles, the htmx fragment, the second language. */
@KimIntegrationTest
class ClientPagesIT {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	HttpResponse<String> page(String user, String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		headers.forEach(request::header);
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	String create(String given, String family) {
		return ApiClient.as(port, "cm.koeln").post("/clients", Map.of("givenName", given, "familyName", family,
				"originalScriptName", "Олена", "gender", "FEMALE")).text("id");
	}

	@Test
	void aForeignOrMissingClientIsTheSame404Page() throws Exception {
		String id = create(TestNames.unique().latin(), "Petrenko");
		HttpResponse<String> foreign = page("cm.caritas.koeln", "/clients/" + id, Map.of());
		HttpResponse<String> missing = page("cm.koeln", "/clients/" + UUID.randomUUID(), Map.of());
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).contains("<html").doesNotContain("Petrenko");
		assertThat(page("cm.koeln", "/clients/" + id, Map.of()).body()).contains("Petrenko", "Олена");
	}

	@Test
	void onlyCaseManagersHaveTheClientArea() throws Exception {
		assertThat(page("koord.koeln", "/clients", Map.of()).statusCode()).isEqualTo(403);
		assertThat(page("koord.koeln", "/", Map.of()).body()).doesNotContain("href=\"/clients\"");
		assertThat(page("cm.koeln", "/", Map.of()).body()).contains("href=\"/clients\"");
	}

	@Test
	void htmxGetsOnlyTheResultsAndTheStatus() throws Exception {
		String given = TestNames.unique().latin();
		create(given, "Lysenko");
		HttpResponse<String> fragment = page("cm.koeln", "/clients?q=" + given, Map.of("HX-Request", "true"));
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html").contains("Lysenko, " + given, "hx-swap-oob=\"true\"");
		assertThat(page("cm.koeln", "/clients?q=" + given, Map.of()).body()).contains("<html", "Lysenko, " + given);
	}

	@Test
	void aTooLongQueryIsShownAtTheFieldNotAsAnError() throws Exception {
		HttpResponse<String> response = page("cm.koeln", "/clients?q=" + "x".repeat(101), Map.of());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"q-error\"", "höchstens 100 Zeichen", "aria-invalid=\"true\"");
	}

	@Test
	void thePagesSpeakEnglishOnRequest() throws Exception {
		HttpResponse<String> english = page("cm.koeln", "/clients?lang=en&q=" + URLEncoder.encode("Zz Qq", StandardCharsets.UTF_8), Map.of());
		assertThat(english.body()).contains("Search by name", "No results").doesNotContain("??");
		assertThat(page("cm.koeln", "/clients/new?lang=en", Map.of()).body()).contains("Family name", "Date of birth");
	}
}
