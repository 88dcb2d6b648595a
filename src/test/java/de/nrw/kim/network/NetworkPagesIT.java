package de.nrw.kim.network;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The network pages over HTTP: both languages without missing texts, aggregates only, nobody reaches what is not theirs. */
@KimIntegrationTest
class NetworkPagesIT {

	@LocalServerPort
	int port;

	ApiClient.Response page(String user, String path) {
		ApiClient api = ApiClient.as(port, user);
		return api.send(api.request("/api/v1/partners").uri(URI.create("http://localhost:" + port + path))
				.setHeader("Accept", "text/html").GET());
	}

	@Test
	void everyPageSpeaksGermanAndEnglishAndTheDashboardShowsOnlyTotals() {
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		ApiClient koord = ApiClient.as(port, "koord.koeln");
		String family = "Dash-" + UUID.randomUUID().toString().substring(0, 8);
		String clientId = cm.post("/clients", Map.of("givenName", "Olha", "familyName", family, "gender", "FEMALE",
				"birthDate", "1985-03-03")).text("id");
		String caseId = cm.post("/cases", Map.of("clientId", clientId)).text("id");
		String gap = cm.post("/structural-gaps", Map.of("domain", "HOUSING", "description", "Wohnungsnot " + family.substring(5),
				"caseId", caseId)).text("id");
		String vhs = koord.get("/partners?name=Volkshochschule").json().path("items").get(0).path("id").asString();
		String offer = koord.post("/offers", Map.of("partnerId", vhs, "title", "Kurs", "domain", "LANGUAGE", "languages", List.of("ar"))).text("id");
		String meeting = koord.post("/steering-meetings", Map.of("on", "2026-12-15", "title", "Sitzung")).text("id");

		List<String[]> pages = List.of(new String[] { "cm.koeln", "/offers" }, new String[] { "cm.koeln", "/structural-gaps" },
				new String[] { "cm.koeln", "/structural-gaps/new?caseId=" + caseId }, new String[] { "cm.koeln", "/structural-gaps/" + gap },
				new String[] { "cm.koeln", "/cases/" + caseId + "/plan" }, new String[] { "koord.koeln", "/" },
				new String[] { "koord.koeln", "/offers" }, new String[] { "koord.koeln", "/offers/new" },
				new String[] { "koord.koeln", "/offers/" + offer + "/edit" }, new String[] { "koord.koeln", "/offers/" + offer + "/delete" },
				new String[] { "koord.koeln", "/structural-gaps/" + gap }, new String[] { "koord.koeln", "/steering-meetings" },
				new String[] { "koord.koeln", "/steering-meetings/" + meeting }, new String[] { "koord.koeln", "/network/dashboard" });
		for (String language : List.of("de", "en")) {
			for (String[] p : pages) {
				var response = page(p[0], p[1] + (p[1].contains("?") ? "&" : "?") + "lang=" + language);
				assertThat(response.status()).as(language + " " + p[1]).isEqualTo(200);
				assertThat(response.raw().body()).as(language + " " + p[1]).doesNotContain("??").contains("lang=\"" + language + "\"");
			}
		}
		String dashboard = page("koord.koeln", "/network/dashboard?lang=de").raw().body();
		assertThat(dashboard).contains("Offene Fälle nach Phase", "Fallbelastung je Case Manager*in", "Katharina Schneider",
				"Vermittlungen nach Rechtskreis", "keine Kapazität", "Strukturelle Lücken nach Handlungsfeld", "<svg")
				.doesNotContain(family).doesNotContain(caseId).doesNotContain(clientId);
		assertThat(page("koord.koeln", "/structural-gaps/" + gap + "?lang=de").raw().body()).doesNotContain(caseId).doesNotContain(family);
	}

	@Test
	void othersDoNotReachTheNetworkPages() {
		ApiClient koord = ApiClient.as(port, "koord.koeln");
		String vhs = koord.get("/partners?name=Volkshochschule").json().path("items").get(0).path("id").asString();
		String offer = koord.post("/offers", Map.of("partnerId", vhs, "title", "Kurs", "domain", "LANGUAGE")).text("id");
		String gap = ApiClient.as(port, "cm.koeln").post("/structural-gaps", Map.of("domain", "WORK", "description", "x")).text("id");
		String meeting = koord.post("/steering-meetings", Map.of("on", "2026-12-15", "title", "Sitzung")).text("id");
		assertThat(page("koord.muenster", "/offers/" + offer + "/edit").status()).isEqualTo(404);
		assertThat(page("koord.muenster", "/structural-gaps/" + gap).status()).isEqualTo(404);
		assertThat(page("koord.muenster", "/steering-meetings/" + meeting).status()).isEqualTo(404);
		assertThat(page("cm.koeln", "/steering-meetings").status()).isEqualTo(403);
		assertThat(page("cm.koeln", "/network/dashboard").status()).isEqualTo(403);
		assertThat(page("cm.koeln", "/offers/new").status()).isEqualTo(403);
	}
}
