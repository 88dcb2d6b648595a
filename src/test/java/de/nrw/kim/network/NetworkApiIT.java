package de.nrw.kim.network;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Network and steering" over HTTP: offers, gaps without their case, steering, isolation. */
@KimIntegrationTest
class NetworkApiIT {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	String partner(String user, String name) {
		return as(user).get("/partners?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json().path("items").get(0)
				.path("id").asString();
	}

	Map<String, Object> offer(String partnerId, String title, List<String> languages) {
		Map<String, Object> body = new HashMap<>();
		body.put("partnerId", partnerId);
		body.put("title", title);
		body.put("domain", "LANGUAGE");
		body.put("languages", languages);
		body.put("targetGroup", "Eltern mit kleinen Kindern");
		body.put("location", "Köln-Kalk, Kalker Hauptstraße 1");
		body.put("waitingWeeks", 6);
		return body;
	}

	@Test
	void offersAreSearchableByLanguageAndKeptCurrentWithVersions() {
		String vhs = partner("koord.koeln", "Volkshochschule Köln");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		var created = as("koord.koeln").post("/offers", offer(vhs, "Elternkurs mit Kinderbetreuung " + tag, List.of("ar", "UK")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("languages").toString()).contains("\"ar\"", "\"uk\"");
		assertThat(created.json().path("stale").asBoolean()).isFalse();
		String id = created.text("id");

		var byLanguage = as("cm.koeln").get("/offers?language=uk&q=" + tag);
		assertThat(byLanguage.json().path("total").asInt()).isEqualTo(1);
		assertThat(byLanguage.json().path("items").get(0).path("partnerName").asString()).startsWith("Volkshochschule");
		assertThat(as("cm.koeln").get("/offers?language=tr&q=" + tag).json().path("total").asInt()).isZero();
		assertThat(as("cm.koeln").get("/offers?domain=WORK&q=" + tag).json().path("total").asInt()).isZero();

		var wrong = as("koord.koeln").post("/offers", offer(vhs, "", List.of("arabisch")));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.raw().body()).contains("title", "languages", "ISO 639-1");
		assertThat(as("cm.koeln").post("/offers", offer(vhs, "Kurs", List.of("ar"))).status()).isEqualTo(403);

		Map<String, Object> change = offer(vhs, "Elternkurs mit Kinderbetreuung " + tag, List.of("ar"));
		change.put("version", 0);
		change.put("lastCheckedOn", "2025-01-10");
		var updated = as("koord.koeln").put("/offers/" + id, change);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("stale").asBoolean()).isTrue();
		assertThat(as("koord.koeln").put("/offers/" + id, change).status()).isEqualTo(409);
		assertThat(as("koord.koeln").post("/offers/" + id + "/checked", Map.of()).json().path("stale").asBoolean()).isFalse();

		assertThat(as("koord.muenster").get("/offers/" + id).status()).isEqualTo(404);
		assertThat(as("koord.muenster").delete("/offers/" + id).status()).isEqualTo(404);
		assertThat(as("koord.koeln").delete("/offers/" + id).status()).isEqualTo(204);
		assertThat(as("cm.koeln").get("/offers/" + id).status()).isEqualTo(404);
	}

	@Test
	void aGapFromACaseNeverShowsTheCaseOrPersonToTheCoordinator() {
		String family = "Luecke-" + UUID.randomUUID().toString().substring(0, 8);
		String clientId = as("cm.koeln").post("/clients", Map.of("givenName", "Samira", "familyName", family, "gender",
				"FEMALE", "birthDate", "1988-02-03")).text("id");
		String caseId = as("cm.koeln").post("/cases", Map.of("clientId", clientId)).text("id");
		String jobcenter = partner("cm.koeln", "Jobcenter Köln");

		var raised = as("cm.koeln").post("/structural-gaps", Map.of("domain", "LANGUAGE", "legalDomain", "SGB_II",
				"partnerId", jobcenter, "description", "Kein Sprachkurs mit Kinderbetreuung im Stadtbezirk Kalk", "caseId", caseId));
		assertThat(raised.status()).isEqualTo(201);
		String gapId = raised.text("id");
		assertThat(raised.raw().body()).doesNotContain(caseId).doesNotContain(clientId).doesNotContain(family);

		var asCoordinator = as("koord.koeln").get("/structural-gaps?size=200");
		assertThat(asCoordinator.raw().body()).contains(gapId).doesNotContain(caseId).doesNotContain(clientId)
				.doesNotContain(family).doesNotContain("caseId").doesNotContain("cm.koeln");
		assertThat(as("koord.koeln").get("/structural-gaps/" + gapId).raw().body()).doesNotContain(caseId).doesNotContain("caseId");

		// a case manager of another organisation cannot raise a gap from a case that is not theirs
		assertThat(as("cm.caritas.koeln").post("/structural-gaps", Map.of("domain", "LANGUAGE", "description", "x",
				"caseId", caseId)).status()).isEqualTo(404);

		assertThat(as("cm.koeln").post("/structural-gaps/" + gapId + "/support", Map.of()).status()).isEqualTo(409);
		var supported = as("cm2.koeln").post("/structural-gaps/" + gapId + "/support", Map.of());
		assertThat(supported.json().path("evidenceCount").asInt()).isEqualTo(2);
		assertThat(as("cm2.koeln").post("/structural-gaps/" + gapId + "/support", Map.of()).status()).isEqualTo(409);
		assertThat(as("cm2.koeln").get("/structural-gaps?size=200").raw().body()).contains(gapId);
		assertThat(as("cm.caritas.koeln").get("/structural-gaps?size=200").raw().body()).doesNotContain(gapId);
		assertThat(as("cm.caritas.koeln").get("/structural-gaps?scope=all&size=200").raw().body()).contains(gapId);

		var summary = as("koord.koeln").get("/structural-gaps/summary");
		assertThat(summary.json().path("byDomain").path("LANGUAGE").asLong()).isPositive();
		assertThat(summary.json().path("byStatus").has("DISMISSED")).isTrue();
		assertThat(summary.json().path("byPartner").toString()).contains(jobcenter);
		assertThat(as("cm.koeln").get("/structural-gaps/summary").status()).isEqualTo(403);

		var noResolution = as("koord.koeln").patch("/structural-gaps/" + gapId, Map.of("status", "RESOLVED"));
		assertThat(noResolution.status()).isEqualTo(400);
		assertThat(noResolution.raw().body()).contains("resolution");
		assertThat(as("koord.koeln").get("/structural-gaps/" + gapId).text("status")).isEqualTo("OPEN");
		assertThat(as("cm.koeln").patch("/structural-gaps/" + gapId, Map.of("status", "DISMISSED", "resolution", "x")).status())
				.isEqualTo(403);

		assertThat(as("koord.muenster").get("/structural-gaps/" + gapId).status()).isEqualTo(404);
		assertThat(as("koord.muenster").get("/structural-gaps?size=200").raw().body()).doesNotContain(gapId);

		// steering: an item with the gap moves it to IN_STEERING; minutes as PDF
		var meeting = as("koord.koeln").post("/steering-meetings", Map.of("on", "2026-12-03", "title", "Lenkungsgruppe Dezember"));
		assertThat(meeting.status()).isEqualTo(201);
		String meetingId = meeting.text("id");
		var item = as("koord.koeln").post("/steering-meetings/" + meetingId + "/items", Map.of("title", "Sprachkurse mit Kinderbetreuung",
				"gapIds", List.of(gapId), "decision", "VHS prüft einen Kurs in Kalk", "responsiblePartnerId", jobcenter, "dueOn", "2027-03-31"));
		assertThat(item.status()).isEqualTo(201);
		assertThat(item.text("status")).isEqualTo("DECIDED");
		assertThat(as("koord.koeln").get("/structural-gaps/" + gapId).text("status")).isEqualTo("IN_STEERING");
		assertThat(as("koord.koeln").post("/steering-meetings/" + meetingId + "/items", Map.of("title", "")).status()).isEqualTo(400);
		assertThat(as("koord.koeln").post("/steering-meetings/" + meetingId + "/items",
				Map.of("title", "x", "gapIds", List.of(UUID.randomUUID().toString()))).status()).isEqualTo(400);

		var pdf = as("koord.koeln").getBytes("/steering-meetings/" + meetingId + "/minutes");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		var resolved = as("koord.koeln").patch("/structural-gaps/" + gapId, Map.of("status", "RESOLVED",
				"resolution", "VHS bietet ab März einen Kurs mit Kinderbetreuung in Kalk an"));
		assertThat(resolved.text("status")).isEqualTo("RESOLVED");
		assertThat(as("koord.muenster").get("/steering-meetings/" + meetingId).status()).isEqualTo(404);
		assertThat(as("cm.koeln").get("/steering-meetings/" + meetingId).status()).isEqualTo(403);
	}

	@Test
	void theDemoHoldsOffersInSeveralLanguagesGapsAndAMeeting() {
		assertThat(as("cm.koeln").get("/offers?language=ar").json().path("total").asInt()).isPositive();
		assertThat(as("cm.koeln").get("/offers?language=uk").json().path("total").asInt()).isPositive();
		assertThat(as("cm.koeln").get("/offers?language=tr").json().path("total").asInt()).isPositive();
		assertThat(as("cm.muenster").get("/offers?q=Jugendmigrationsdienst").json().path("total").asInt()).isEqualTo(1);
		assertThat(as("cm.muenster").get("/offers?q=Kinderbetreuung").json().path("total").asInt()).isZero();
		assertThat(as("koord.koeln").get("/structural-gaps/summary").json().path("byStatus").path("IN_STEERING").asLong()).isPositive();
		assertThat(as("koord.koeln").get("/steering-meetings").raw().body()).contains("Lenkungsgruppe KIM Köln");
		assertThat(as("koord.muenster").get("/steering-meetings").raw().body()).doesNotContain("Lenkungsgruppe KIM Köln");
	}
}
