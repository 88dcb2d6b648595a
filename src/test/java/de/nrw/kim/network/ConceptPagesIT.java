package de.nrw.kim.network;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The KIM concept pages speak German and English, and stay within the municipality. */
@KimIntegrationTest
class ConceptPagesIT {

	@LocalServerPort
	int port;

	ApiClient.Response page(String user, String path) {
		ApiClient api = ApiClient.as(port, user);
		return api.send(api.request("/api/v1/partners").uri(URI.create("http://localhost:" + port + path))
				.setHeader("Accept", "text/html").GET());
	}

	@Test
	void everyConceptPageSpeaksBothLanguagesAndAnotherMunicipalityFindsNothing() {
		ApiClient koord = ApiClient.as(port, "koord.koeln");
		String group = koord.post("/kim-concept/target-groups", Map.of("name", "Seiteneinsteiger", "minAge", 10, "maxAge", 18,
				"validFrom", "2025-01-01", "source", "Handlungskonzept, Kapitel 2")).text("id");
		String section = koord.post("/kim-concept/sections", Map.of("position", 1, "title", "Koordinierungsstelle",
				"body", "Sitz im Kommunalen Integrationszentrum.")).text("id");
		String partner = koord.get("/partners?name=" + URLEncoder.encode("Jobcenter Köln", StandardCharsets.UTF_8)).json()
				.path("items").get(0).path("id").asString();
		String agreement = koord.post("/kim-concept/agreements", Map.of("partnerId", partner, "title", "Vereinbarung Jobcenter"))
				.text("id");
		try {
			List<String[]> pages = List.of(new String[] { "cm.koeln", "/kim-concept" },
					new String[] { "cm.koeln", "/kim-concept/agreements/" + agreement }, new String[] { "koord.koeln", "/kim-concept" },
					new String[] { "koord.koeln", "/kim-concept/target-groups/new" },
					new String[] { "koord.koeln", "/kim-concept/target-groups/" + group + "/edit" },
					new String[] { "koord.koeln", "/kim-concept/target-groups/" + group + "/delete" },
					new String[] { "koord.koeln", "/kim-concept/sections/new" },
					new String[] { "koord.koeln", "/kim-concept/sections/" + section + "/edit" },
					new String[] { "koord.koeln", "/kim-concept/sections/" + section + "/delete" },
					new String[] { "koord.koeln", "/kim-concept/agreements/new" },
					new String[] { "koord.koeln", "/kim-concept/agreements/" + agreement },
					new String[] { "koord.koeln", "/kim-concept/agreements/" + agreement + "/edit" },
					new String[] { "koord.koeln", "/kim-concept/agreements/" + agreement + "/delete" });
			for (String language : List.of("de", "en")) {
				for (String[] p : pages) {
					var response = page(p[0], p[1] + "?lang=" + language);
					assertThat(response.status()).as(language + " " + p[1]).isEqualTo(200);
					assertThat(response.raw().body()).as(language + " " + p[1]).doesNotContain("??")
							.contains("lang=\"" + language + "\"");
				}
			}
			assertThat(page("cm.koeln", "/kim-concept?lang=de").raw().body()).contains("Seiteneinsteiger", "mindestens 10 Jahre alt",
					"Koordinierungsstelle", "Vereinbarung Jobcenter").doesNotContain("Zielgruppe anlegen");
			assertThat(page("koord.muenster", "/kim-concept?lang=de").raw().body()).doesNotContain("Seiteneinsteiger")
					.doesNotContain("Vereinbarung Jobcenter");
			assertThat(page("koord.muenster", "/kim-concept/target-groups/" + group + "/edit").status()).isEqualTo(404);
			assertThat(page("koord.muenster", "/kim-concept/agreements/" + agreement).status()).isEqualTo(404);
			assertThat(page("cm.koeln", "/kim-concept/target-groups/new").status()).isEqualTo(403);
			assertThat(page("admin.koeln", "/kim-concept").status()).isEqualTo(403);
		} finally {
			koord.delete("/kim-concept/target-groups/" + group);
			koord.delete("/kim-concept/sections/" + section);
			koord.delete("/kim-concept/agreements/" + agreement);
		}
	}

	@Test
	void anUploadOverTheServerLimitIsAnErrorAtTheFileInputAndStoresNothing() throws Exception {
		ApiClient koord = ApiClient.as(port, "koord.koeln");
		String partner = koord.get("/partners?name=" + URLEncoder.encode("Jobcenter Köln", StandardCharsets.UTF_8)).json()
				.path("items").get(0).path("id").asString();
		String agreement = koord.post("/kim-concept/agreements", Map.of("partnerId", partner, "title", "Große Vereinbarung"))
				.text("id");
		try {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER).build();
			String auth = "Basic " + Base64.getEncoder().encodeToString(("koord.koeln:" + ApiClient.DEMO_PASSWORD)
					.getBytes(StandardCharsets.UTF_8));
			String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kim-concept/agreements/" + agreement))
					.header("Authorization", auth).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
			assertThat(token.find()).isTrue();
			byte[] big = new byte[21 * 1024 * 1024];
			System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
			String boundary = "kim-big";
			var body = new java.io.ByteArrayOutputStream();
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gross.pdf\"\r\n"
					+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			body.writeBytes(big);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/kim-concept/agreements/" + agreement + "/documents?_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
					.header("Authorization", auth).header("Accept", "text/html")
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/kim-concept/agreements/" + agreement + "?tooLarge");
			assertThat(page("koord.koeln", "/kim-concept/agreements/" + agreement + "?tooLarge&lang=de").raw().body())
					.contains("id=\"file-error\"", "höchstens 10 MB");
			assertThat(koord.get("/kim-concept/agreements/" + agreement).json().path("documents").size()).isZero();
		} finally {
			koord.delete("/kim-concept/agreements/" + agreement);
		}
	}
}
