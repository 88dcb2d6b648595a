package de.nrw.kim.cooperation;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static de.nrw.kim.cooperation.CooperationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/** Consents: recording with field errors, computed status, revocation, scan, form PDF, isolation, audit. */
@KimIntegrationTest
class ConsentApiIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	CooperationFixtures f() {
		return new CooperationFixtures(port);
	}

	@Test
	void aRecordedConsentIsActiveAndListedOnTheClient() {
		String clientId = f().openCase()[1];
		ApiClient.Response created = f().consent(clientId, List.of(f().jobcenter()), List.of("BASIC", "EDUCATION_WORK"),
				today().minusDays(1), today().plusMonths(6));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("ACTIVE");
		assertThat(created.json().path("recipients").get(0).asString()).isEqualTo("Jobcenter Köln");
		assertThat(f().cm().get("/clients/" + clientId + "/consents").json().get(0).path("id").asString())
				.isEqualTo(created.text("id"));
	}

	@Test
	void wrongInputNamesEveryFieldInGerman() {
		String clientId = f().openCase()[1];
		ApiClient.Response bad = f().cm().post("/clients/" + clientId + "/consents", Map.of("partnerIds",
				List.of(UUID.randomUUID().toString()), "dataCategories", List.of("DNA"), "purpose", "", "givenOn",
				today().plusDays(3).toString(), "form", "ORAL_WITH_WITNESS"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("errors").valueStream().map(e -> e.path("field").asString()))
				.contains("dataCategories", "purpose", "givenOn", "witnessName");
		ApiClient.Response unknownPartner = f().consent(clientId, List.of(UUID.randomUUID().toString()), List.of("BASIC"),
				today(), null);
		assertThat(unknownPartner.status()).isEqualTo(400);
		assertThat(unknownPartner.json().path("errors").get(0).path("field").asString()).isEqualTo("partnerIds");
		assertThat(f().cm().get("/clients/" + clientId + "/consents").json().size()).isZero();
	}

	@Test
	void anExpiredConsentShowsAsExpiredWithoutAnyJob() {
		String clientId = f().openCase()[1];
		ApiClient.Response created = f().consent(clientId, List.of(f().jobcenter()), List.of("BASIC"),
				today().minusMonths(3), today().minusDays(1));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("EXPIRED");
		ApiClient.Response lastDay = f().consent(clientId, List.of(f().jobcenter()), List.of("BASIC"),
				today().minusMonths(3), today());
		assertThat(lastDay.text("status")).isEqualTo("ACTIVE");
	}

	@Test
	void revocationActsAtOnceAndCannotBeRepeated() {
		String clientId = f().openCase()[1];
		String id = f().consent(clientId, List.of(f().jobcenter()), List.of("BASIC"), today(), null).text("id");
		ApiClient.Response revoked = f().cm().post("/consents/" + id + "/revoke", Map.of("note", "Klientin widerruft mündlich"));
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.text("status")).isEqualTo("REVOKED");
		assertThat(revoked.text("revokedBy")).isEqualTo("cm.koeln");
		ApiClient.Response again = f().cm().post("/consents/" + id + "/revoke", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("type")).endsWith("/consent-revoked");
	}

	@Test
	void theSignedScanIsStoredAndServedOnlyAsAttachment() {
		String clientId = f().openCase()[1];
		String id = f().consent(clientId, List.of(f().jobcenter()), List.of("BASIC"), today(), null).text("id");
		ApiClient.Response html = upload(id, "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.status()).isEqualTo(400);
		ApiClient.Response uploaded = upload(id, PDF);
		assertThat(uploaded.status()).isEqualTo(200);
		assertThat(uploaded.json().path("scan").path("mediaType").asString()).isEqualTo("application/pdf");
		HttpResponse<byte[]> download = f().cm().getBytes("/consents/" + id + "/scan");
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void theConsentFormIsARealPdf() {
		String clientId = f().openCase()[1];
		String id = f().consent(clientId, List.of(f().jobcenter(), f().immigrationOffice()), List.of("BASIC", "HEALTH"),
				today(), today().plusYears(1)).text("id");
		HttpResponse<byte[]> form = f().cm().getBytes("/consents/" + id + "/form");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(form.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(form.body().length).isGreaterThan(2000);
	}

	@Test
	void consentsOfAnotherMunicipalityOrOrganisationDoNotExistForTheCaller() {
		String clientId = f().openCase()[1];
		String id = f().consent(clientId, List.of(f().jobcenter()), List.of("BASIC"), today(), null).text("id");
		assertThat(f().as("cm.muenster").get("/consents/" + id).status()).isEqualTo(404);
		assertThat(f().as("cm.muenster").post("/consents/" + id + "/revoke", Map.of()).status()).isEqualTo(404);
		assertThat(f().as("cm.caritas.koeln").get("/consents/" + id).status()).isEqualTo(404);
		assertThat(f().as("cm.muenster").get("/clients/" + clientId + "/consents").status()).isEqualTo(404);
		assertThat(f().partnerUser().get("/consents/" + id).status()).isEqualTo(403);
	}

	@Test
	void everyReadAndWriteIsAudited() {
		String clientId = f().openCase()[1];
		String id = f().consent(clientId, List.of(f().jobcenter()), List.of("BASIC"), today(), null).text("id");
		f().cm().get("/consents/" + id);
		f().cm().post("/consents/" + id + "/revoke", Map.of());
		List<String> entries = f().as("admin.koeln").get("/audit?clientId=" + clientId + "&size=200").json().path("items")
				.valueStream().map(e -> e.path("action").asString() + " " + e.path("entityType").asString()).toList();
		assertThat(entries).contains("CREATE Consent", "READ Consent", "UPDATE Consent");
	}

	ApiClient.Response upload(String consentId, byte[] content) {
		String boundary = "kim-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		ApiClient cm = f().cm();
		return cm.send(cm.request("/consents/" + consentId + "/scan")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}
}
