package de.nrw.kim.cooperation;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static de.nrw.kim.cooperation.CooperationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accepting a transfer (ADR 0409): the receiving municipality gets a new case with the same client and all
 * open work; nothing stays stranded in the sending municipality, which keeps a closed case without the
 * person and can no longer read the client. Every way to accept what may not be accepted is refused.
 */
@KimIntegrationTest
class TransferAcceptApiIT {

	static final String MUENSTER = "05515";

	@LocalServerPort
	int port;

	CooperationFixtures f() {
		return new CooperationFixtures(port);
	}

	ApiClient muenster() {
		return f().as("cm.muenster");
	}

	String requestTransfer(String[] c) {
		Map<String, Object> consent = new HashMap<>();
		consent.put("municipalityKeys", List.of(MUENSTER));
		consent.put("partnerIds", List.of(f().jobcenter()));
		consent.put("dataCategories", List.of("BASIC", "RESIDENCE", "EDUCATION_WORK"));
		consent.put("purpose", "Übergabe an die neue Wohnortkommune");
		consent.put("givenOn", today().toString());
		assertThat(f().cm().post("/clients/" + c[1] + "/consents", consent).status()).isEqualTo(201);
		ApiClient.Response transfer = f().cm().post("/cases/" + c[0] + "/transfers", Map.of("toMunicipalityKey", MUENSTER));
		assertThat(transfer.status()).isEqualTo(201);
		return transfer.text("id");
	}

	@Test
	void acceptingMovesTheClientAndAllOpenWorkAndNothingIsStranded() {
		String[] c = f().openCase();
		String caseId = c[0];
		String clientId = c[1];
		ApiClient cm = f().cm();
		String open = cm.post("/cases/" + caseId + "/goals", Map.of("domain", "LANGUAGE", "title", "Deutschkurs B1",
				"dueOn", today().plusMonths(3).toString())).text("id");
		cm.post("/cases/" + caseId + "/goals", Map.of("domain", "WORK", "title", "Praktikum finden"));
		String achieved = cm.post("/cases/" + caseId + "/goals", Map.of("domain", "HOUSING", "title", "Wohnung gefunden")).text("id");
		assertThat(cm.patch("/cases/" + caseId + "/goals/" + achieved, Map.of("status", "ACHIEVED")).status()).isEqualTo(200);
		cm.post("/cases/" + caseId + "/follow-ups", Map.of("dueOn", today().plusDays(7).toString(), "title", "Kursanmeldung prüfen"));
		cm.post("/cases/" + caseId + "/follow-ups", Map.of("dueOn", today().plusDays(14).toString(), "title", "Bescheid nachreichen"));
		Map<String, Object> status = new HashMap<>();
		status.put("type", "PERMIT_25_2");
		status.put("validFrom", LocalDate.of(2024, 1, 1).toString());
		status.put("validUntil", today().plusYears(1).toString());
		assertThat(cm.post("/clients/" + clientId + "/residence-statuses", status).status()).isEqualTo(201);
		String document = uploadPdf(caseId);
		String transferId = requestTransfer(c);

		int consentsBefore = cm.get("/clients/" + clientId + "/consents").json().size();
		int residenceBefore = cm.get("/clients/" + clientId + "/residence-statuses").json().size();
		assertThat(consentsBefore).isEqualTo(1);
		assertThat(residenceBefore).isEqualTo(1);

		ApiClient.Response accepted = muenster().post("/transfers/" + transferId + "/accept", Map.of());
		assertThat(accepted.status()).isEqualTo(200);
		String newCase = accepted.text("caseId");
		assertThat(newCase).isNotEqualTo(caseId);

		JsonNode moved = muenster().get("/cases/" + newCase).json();
		assertThat(moved.path("clientId").asString()).isEqualTo(clientId);
		assertThat(moved.path("caseManager").asString()).isEqualTo("cm.muenster");
		assertThat(moved.path("transferredFrom").asString()).isEqualTo(caseId);
		assertThat(moved.path("phase").asString()).isNotEqualTo("CLOSED");
		assertThat(moved.path("clientName").asString()).contains(c[2]);
		assertThat(muenster().get("/clients/" + clientId).text("familyName")).isEqualTo(c[2]);

		JsonNode goals = muenster().get("/cases/" + newCase + "/goals").json();
		assertThat(goals.valueStream().map(g -> g.path("title").asString()).toList())
				.containsExactlyInAnyOrder("Deutschkurs B1", "Praktikum finden");
		assertThat(goals.valueStream().anyMatch(g -> g.path("id").asString().equals(open))).isTrue();
		JsonNode followUps = muenster().get("/cases/" + newCase + "/follow-ups").json();
		assertThat(followUps.size()).isEqualTo(2);
		assertThat(muenster().get("/clients/" + clientId + "/consents").json().size()).isEqualTo(consentsBefore);
		assertThat(muenster().get("/clients/" + clientId + "/residence-statuses").json().size()).isEqualTo(residenceBefore);
		assertThat(muenster().get("/follow-ups?mine=true").json().toString()).contains("Kursanmeldung prüfen");
		assertThat(muenster().get("/cases/" + newCase + "/documents").json().size()).isEqualTo(1);
		assertThat(muenster().getBytes("/cases/" + newCase + "/documents/" + document).body()).isEqualTo(PDF);
		assertThat(cm.get("/cases/" + caseId + "/documents").json().size()).isZero();

		assertThat(cm.get("/clients/" + clientId).status()).isEqualTo(404);
		assertThat(cm.get("/clients/" + clientId + "/consents").status()).isEqualTo(404);
		assertThat(cm.get("/clients/" + clientId + "/residence-statuses").status()).isEqualTo(404);
		assertThat(cm.get("/clients/" + clientId + "/export").status()).isEqualTo(404);
		assertThat(cm.get("/clients?q=" + c[2]).json().toString()).doesNotContain(clientId);
		JsonNode closed = cm.get("/cases/" + caseId).json();
		assertThat(closed.path("phase").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("closureReason").asString()).isEqualTo("TRANSFERRED");
		assertThat(closed.path("transferredToMunicipalityKey").asString()).isEqualTo(MUENSTER);
		assertThat(closed.path("clientName").isNull()).isTrue();
		assertThat(closed.toString()).doesNotContain(c[2]);
		assertThat(cm.get("/cases/" + caseId + "/goals").json().valueStream().map(g -> g.path("status").asString()).toList())
				.containsExactly("ACHIEVED");
		assertThat(cm.get("/cases/" + caseId + "/follow-ups").json().size()).isZero();
		assertThat(cm.get("/cases/" + caseId + "/transfers").json().get(0).path("status").asString()).isEqualTo("ACCEPTED");

		JsonNode export = muenster().get("/clients/" + clientId + "/export").json();
		assertThat(export.toString()).contains("TRANSFER", c[2]);
		assertThat(f().as("admin.koeln").get("/transmissions?clientId=" + clientId).json().path("items").get(0)
				.path("occasion").asString()).isEqualTo("TRANSFER");

		assertThat(auditOf("admin.koeln", clientId)).contains("Übergabe von Münster angenommen");
		assertThat(auditOf("admin.muenster", clientId)).contains("Übergabe aus Köln angenommen");
	}

	@Test
	void acceptingTwiceADeclinedOneOrForAnotherMunicipalityIsRefusedInGerman() {
		String[] c = f().openCase();
		String id = requestTransfer(c);
		ApiClient.Response bySender = f().cm().post("/transfers/" + id + "/accept", Map.of());
		assertThat(bySender.status()).isEqualTo(404);
		assertThat(bySender.text("detail")).contains("nicht gefunden");
		assertThat(f().as("abh.koeln").post("/transfers/" + id + "/accept", Map.of()).status()).isEqualTo(403);
		assertThat(muenster().post("/transfers/" + UUID.randomUUID() + "/accept", Map.of()).status()).isEqualTo(404);
		assertThat(f().cm().get("/clients/" + c[1]).status()).isEqualTo(200);

		assertThat(f().as("koord.muenster").post("/transfers/" + id + "/accept", Map.of()).status()).isEqualTo(200);
		ApiClient.Response twice = muenster().post("/transfers/" + id + "/accept", Map.of());
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.text("type")).endsWith("/invalid-transition");
		assertThat(twice.text("detail")).contains("bereits beantwortet");
		assertThat(muenster().post("/transfers/" + id + "/decline", Map.of("reason", "zu spät")).status()).isEqualTo(409);

		String[] d = f().openCase();
		String declined = requestTransfer(d);
		assertThat(muenster().post("/transfers/" + declined + "/decline", Map.of("reason", "Nicht bei uns gemeldet.")).status())
				.isEqualTo(200);
		ApiClient.Response afterDecline = muenster().post("/transfers/" + declined + "/accept", Map.of());
		assertThat(afterDecline.status()).isEqualTo(409);
		assertThat(afterDecline.text("detail")).contains("bereits beantwortet");
		assertThat(f().cm().get("/clients/" + d[1]).status()).isEqualTo(200);
		assertThat(muenster().get("/clients/" + d[1]).status()).isEqualTo(404);
	}

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	String uploadPdf(String caseId) {
		String boundary = "kim-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nAnerkennungsbescheid\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bescheid.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(PDF);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		ApiClient cm = f().cm();
		ApiClient.Response uploaded = cm.send(cm.request("/cases/" + caseId + "/documents")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		assertThat(uploaded.status()).isEqualTo(201);
		return uploaded.text("id");
	}

	String auditOf(String admin, String clientId) {
		return f().as(admin).get("/audit?clientId=" + clientId + "&size=100").json().toString();
	}
}
