package de.nrw.kim.network;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The KIM concept over HTTP: target-group rules, the intake check at its boundaries, agreements with PDFs, isolation. */
@KimIntegrationTest
class ConceptApiIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Berlin"));
	}

	static Map<String, Object> group(Object... fields) {
		Map<String, Object> body = new HashMap<>(Map.of("name", "Neu Zugewanderte", "validFrom", "2024-01-01",
				"source", "Handlungskonzept KIM, Kapitel 3 (Ratsbeschluss vom 12.03.2024)"));
		for (int i = 0; i < fields.length; i += 2) {
			body.put((String) fields[i], fields[i + 1]);
		}
		return body;
	}

	static List<String> fields(ApiClient.Response response) {
		return response.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}

	@Test
	void targetGroupRulesAreKeptByTheCoordinationWithGermanErrorsAndVersions() {
		var wrong = as("koord.koeln").post("/kim-concept/target-groups",
				Map.of("name", "", "minAge", 30, "maxAge", 20, "validFrom", "2026-01-01", "validUntil", "2025-12-31"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(fields(wrong)).containsExactlyInAnyOrder("name", "maxAge", "validUntil", "source");
		assertThat(wrong.raw().body()).contains("Höchstalter", "Quelle");
		var noRule = as("koord.koeln").post("/kim-concept/target-groups", group());
		assertThat(fields(noRule)).containsExactly("arrivedWithinYears");
		assertThat(fields(as("koord.koeln").post("/kim-concept/target-groups", group("minAge", "zwölf")))).containsExactly("minAge");
		assertThat(as("cm.koeln").post("/kim-concept/target-groups", group("arrivedWithinYears", 3)).status()).isEqualTo(403);

		String tag = UUID.randomUUID().toString().substring(0, 6);
		var created = as("koord.koeln").post("/kim-concept/target-groups", group("name", "Zugewanderte " + tag, "arrivedWithinYears", 3));
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		try {
			assertThat(created.json().path("arrivedWithinYears").asInt()).isEqualTo(3);
			assertThat(created.json().path("version").asInt()).isZero();
			assertThat(as("cm.koeln").get("/kim-concept/target-groups").raw().body()).contains("Zugewanderte " + tag);

			var change = group("name", "Junge Zugewanderte " + tag, "arrivedWithinYears", 5, "maxAge", 27, "version", 0);
			var updated = as("koord.koeln").put("/kim-concept/target-groups/" + id, change);
			assertThat(updated.status()).isEqualTo(200);
			assertThat(updated.json().path("maxAge").asInt()).isEqualTo(27);
			assertThat(updated.json().path("version").asInt()).isEqualTo(1);
			var stale = as("koord.koeln").put("/kim-concept/target-groups/" + id, change);
			assertThat(stale.status()).isEqualTo(409);
			assertThat(stale.raw().body()).contains("stale-version");

			assertThat(as("koord.muenster").get("/kim-concept/target-groups/" + id).status()).isEqualTo(404);
			assertThat(as("koord.muenster").put("/kim-concept/target-groups/" + id, group("arrivedWithinYears", 1, "version", 1))
					.status()).isEqualTo(404);
			assertThat(as("koord.muenster").delete("/kim-concept/target-groups/" + id).status()).isEqualTo(404);
			assertThat(as("koord.muenster").get("/kim-concept/target-groups").raw().body()).doesNotContain(tag);
		} finally {
			assertThat(as("koord.koeln").delete("/kim-concept/target-groups/" + id).status()).isEqualTo(204);
		}
		assertThat(as("koord.koeln").get("/kim-concept/target-groups/" + id).status()).isEqualTo(404);
	}

	/** A new client of Münster with an open case: {caseId, clientId}. */
	String[] caseOf(String birthDate, LocalDate arrivalDate) {
		Map<String, Object> client = new HashMap<>(Map.of("givenName", "Mariam", "familyName",
				"Konzept-" + UUID.randomUUID().toString().substring(0, 8), "gender", "FEMALE"));
		if (birthDate != null) {
			client.put("birthDate", birthDate);
		}
		if (arrivalDate != null) {
			client.put("arrivalDate", arrivalDate.toString());
		}
		var created = as("cm.muenster").post("/clients", client);
		assertThat(created.status()).isEqualTo(201);
		String clientId = created.text("id");
		return new String[] { as("cm.muenster").post("/cases", Map.of("clientId", clientId)).text("id"), clientId };
	}

	JsonNode check(String caseId) {
		var response = as("cm.muenster").get("/kim-concept/target-group-check?caseId=" + caseId);
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	@Test
	void theIntakeCheckWarnsExactlyOutsideTheRulesAndNeverForAnotherMunicipality() {
		LocalDate today = today();
		String adult = today.minusYears(30).toString();
		String[] noRulesYet = caseOf(adult, today.minusYears(10));
		assertThat(check(noRulesYet[0]).path("outcome").asString()).isEqualTo("NO_RULES");

		String recent = as("koord.muenster").post("/kim-concept/target-groups",
				group("name", "Neu Zugewanderte", "arrivedWithinYears", 3)).text("id");
		String young = as("koord.muenster").post("/kim-concept/target-groups",
				group("name", "Junge Menschen", "minAge", 18, "maxAge", 26)).text("id");
		String expired = as("koord.muenster").post("/kim-concept/target-groups",
				group("name", "Altes Programm", "arrivedWithinYears", 50, "validFrom", "2020-01-01", "validUntil",
						today.minusDays(1).toString())).text("id");
		try {
			JsonNode onTheDay = check(caseOf(adult, today.minusYears(3))[0]);
			assertThat(onTheDay.path("outcome").asString()).isEqualTo("MATCH");
			assertThat(onTheDay.path("warn").asBoolean()).isFalse();
			assertThat(onTheDay.path("matchingGroups").toString()).contains("Neu Zugewanderte");

			JsonNode dayBefore = check(caseOf(adult, today.minusYears(3).minusDays(1))[0]);
			assertThat(dayBefore.path("outcome").asString()).isEqualTo("NO_MATCH");
			assertThat(dayBefore.path("warn").asBoolean()).isTrue();
			assertThat(dayBefore.path("checkedGroups").toString()).contains("Neu Zugewanderte", "Junge Menschen")
					.doesNotContain("Altes Programm");

			LocalDate long_ago = today.minusYears(10);
			assertThat(check(caseOf(today.minusYears(18).toString(), long_ago)[0]).path("outcome").asString()).isEqualTo("MATCH");
			assertThat(check(caseOf(today.minusYears(18).plusDays(1).toString(), long_ago)[0]).path("outcome").asString())
					.isEqualTo("NO_MATCH");
			assertThat(check(caseOf(today.minusYears(27).plusDays(1).toString(), long_ago)[0]).path("outcome").asString())
					.isEqualTo("MATCH");
			assertThat(check(caseOf(today.minusYears(27).toString(), long_ago)[0]).path("outcome").asString())
					.isEqualTo("NO_MATCH");
			// a birth year only counts in the client's favour: someone born in that year may still be 26
			assertThat(check(caseOf(String.valueOf(today.minusYears(27).getYear()), long_ago)[0]).path("outcome").asString())
					.isEqualTo("MATCH");

			JsonNode unknown = check(caseOf(adult, null)[0]);
			assertThat(unknown.path("outcome").asString()).isEqualTo("UNKNOWN");
			assertThat(unknown.path("warn").asBoolean()).isTrue();
			assertThat(unknown.path("missing").toString()).contains("ARRIVAL_DATE").doesNotContain("BIRTH_DATE");

			String[] audited = caseOf(adult, today.minusYears(20));
			check(audited[0]);
			assertThat(as("admin.muenster").get("/audit?clientId=" + audited[1] + "&size=200").json().path("items").valueStream()
					.anyMatch(e -> e.path("action").asString().equals("READ") && e.path("purpose").asString().contains("Zielgruppenprüfung")))
					.isTrue();

			assertThat(as("cm.koeln").get("/kim-concept/target-group-check?caseId=" + audited[0]).status()).isEqualTo(404);
			assertThat(as("cm.koeln").get("/kim-concept/target-groups").raw().body()).doesNotContain("Altes Programm");
			assertThat(fields(as("cm.muenster").get("/kim-concept/target-group-check?caseId=kein-fall"))).containsExactly("caseId");
		} finally {
			for (String id : List.of(recent, young, expired)) {
				as("koord.muenster").delete("/kim-concept/target-groups/" + id);
			}
		}
	}

	ApiClient.Response upload(ApiClient api, String agreementId, String fileName, byte[] content) {
		String boundary = "kim-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.send(api.request("/kim-concept/agreements/" + agreementId + "/documents")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	@Test
	void steeringSectionsAndAgreementsWithPdfDocumentsStayInTheMunicipality() {
		var section = as("koord.koeln").post("/kim-concept/sections",
				Map.of("position", 1, "title", "Lenkungsgruppe", "body", "Tagt viermal im Jahr unter Vorsitz der Dezernentin."));
		assertThat(section.status()).isEqualTo(201);
		String sectionId = section.text("id");
		assertThat(fields(as("koord.koeln").post("/kim-concept/sections", Map.of("position", 0, "title", "")))).containsExactlyInAnyOrder(
				"position", "title", "body");
		assertThat(as("koord.koeln").put("/kim-concept/sections/" + sectionId,
				Map.of("position", 2, "title", "Lenkungsgruppe", "body", "Tagt halbjährlich.", "version", 0)).status()).isEqualTo(200);
		assertThat(as("koord.koeln").put("/kim-concept/sections/" + sectionId,
				Map.of("position", 2, "title", "Lenkungsgruppe", "body", "Tagt halbjährlich.", "version", 0)).status()).isEqualTo(409);
		assertThat(as("koord.muenster").get("/kim-concept/sections/" + sectionId).status()).isEqualTo(404);

		String partnerId = as("koord.koeln").get("/partners?name=" + URLEncoder.encode("Jobcenter Köln", StandardCharsets.UTF_8))
				.json().path("items").get(0).path("id").asString();
		assertThat(fields(as("koord.koeln").post("/kim-concept/agreements", Map.of("title", "", "concludedOn", "gestern"))))
				.containsExactlyInAnyOrder("partnerId", "title", "concludedOn");
		var agreement = as("koord.koeln").post("/kim-concept/agreements", Map.of("partnerId", partnerId, "title",
				"Kooperationsvereinbarung Jobcenter", "body", "Feste Ansprechperson, Rückmeldung binnen 10 Tagen.",
				"concludedOn", "2025-02-01"));
		assertThat(agreement.status()).isEqualTo(201);
		String agreementId = agreement.text("id");
		assertThat(agreement.text("partnerName")).isEqualTo("Jobcenter Köln");

		var uploaded = upload(as("koord.koeln"), agreementId, "Vereinbarung Jobcenter (unterschrieben).pdf", PDF);
		assertThat(uploaded.status()).isEqualTo(201);
		assertThat(uploaded.text("fileName")).isEqualTo("Vereinbarung_Jobcenter_unterschrieben.pdf");
		var notPdf = upload(as("koord.koeln"), agreementId, "bild.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		assertThat(notPdf.status()).isEqualTo(400);
		assertThat(notPdf.raw().body()).contains("kein PDF");
		var tooLarge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
		var big = upload(as("koord.koeln"), agreementId, "gross.pdf", tooLarge);
		assertThat(big.status()).isEqualTo(400);
		assertThat(big.raw().body()).contains("10 MB");
		assertThat(upload(as("cm.koeln"), agreementId, "a.pdf", PDF).status()).isEqualTo(403);
		assertThat(as("koord.koeln").get("/kim-concept/agreements/" + agreementId).json().path("documents").size()).isEqualTo(1);

		String path = "/kim-concept/agreements/" + agreementId + "/documents/" + uploaded.text("id");
		HttpResponse<byte[]> download = as("cm.koeln").getBytes(path);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
				.contains("Vereinbarung_Jobcenter_unterschrieben.pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(as("koord.muenster").getBytes(path).statusCode()).isEqualTo(404);
		assertThat(as("koord.muenster").get("/kim-concept/agreements").raw().body()).doesNotContain(agreementId);

		assertThat(as("koord.koeln").delete(path).status()).isEqualTo(204);
		assertThat(as("koord.koeln").getBytes(path).statusCode()).isEqualTo(404);
		assertThat(as("koord.koeln").delete("/kim-concept/agreements/" + agreementId).status()).isEqualTo(204);
		assertThat(as("koord.koeln").delete("/kim-concept/sections/" + sectionId).status()).isEqualTo(204);
	}
}
