package de.nrw.kim.casework;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents of a case file: type by content, size limit, attachment-only download, delete, isolation, audit. */
@KimIntegrationTest
class DocumentApiIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

	@LocalServerPort
	int port;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	String[] openCase() {
		String clientId = cm().post("/clients", Map.of("givenName", "Leyla", "familyName",
				"Test-" + UUID.randomUUID().toString().substring(0, 8), "gender", "FEMALE")).text("id");
		return new String[] { cm().post("/cases", Map.of("clientId", clientId)).text("id"), clientId };
	}

	ApiClient.Response upload(ApiClient api, String caseId, String fileName, String contentType, byte[] content, String title) {
		String boundary = "kim-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (title != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
		}
		if (content != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.send(api.request("/cases/" + caseId + "/documents")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	@Test
	void aPdfIsStoredWithItsChecksumAndDownloadedOnlyAsAttachment() throws Exception {
		String caseId = openCase()[0];
		ApiClient.Response uploaded = upload(cm(), caseId, "Bescheid Jobcenter (März).pdf", "application/pdf", PDF, "Bescheid");
		assertThat(uploaded.status()).isEqualTo(201);
		assertThat(uploaded.text("mediaType")).isEqualTo("application/pdf");
		assertThat(uploaded.text("fileName")).isEqualTo("Bescheid_Jobcenter_Marz.pdf");
		assertThat(uploaded.text("title")).isEqualTo("Bescheid");
		assertThat(uploaded.json().path("size").asLong()).isEqualTo(PDF.length);
		assertThat(uploaded.text("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));

		assertThat(cm().get("/cases/" + caseId + "/documents").json().size()).isEqualTo(1);

		HttpResponse<byte[]> download = cm().getBytes("/cases/" + caseId + "/documents/" + uploaded.text("id"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
				.startsWith("attachment").contains("Bescheid_Jobcenter_Marz.pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void theTypeComesFromTheContentNotFromTheNameOrTheSentType() {
		String caseId = openCase()[0];
		for (byte[] content : new byte[][] { HTML, EXE, "just text".getBytes(StandardCharsets.UTF_8) }) {
			ApiClient.Response rejected = upload(cm(), caseId, "harmlos.pdf", "application/pdf", content, null);
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(rejected.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
		}
		ApiClient.Response png = upload(cm(), caseId, "foto.pdf", "application/pdf", PNG, null);
		assertThat(png.status()).isEqualTo(201);
		assertThat(png.text("mediaType")).isEqualTo("image/png");
		assertThat(png.text("fileName")).isEqualTo("foto.png");
		assertThat(png.text("title")).isEqualTo("foto.png");
		assertThat(cm().get("/cases/" + caseId + "/documents").json().size()).isEqualTo(1);
	}

	@Test
	void missingOrEmptyFilesAreFieldErrors() {
		String caseId = openCase()[0];
		ApiClient.Response missing = upload(cm(), caseId, null, null, null, "Titel");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
		ApiClient.Response empty = upload(cm(), caseId, "leer.pdf", "application/pdf", new byte[0], null);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
	}

	@Test
	void aFileOverTwentyMegabytesIs413() {
		String caseId = openCase()[0];
		byte[] big = new byte[20 * 1024 * 1024 + 10];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		ApiClient.Response rejected = upload(cm(), caseId, "gross.pdf", "application/pdf", big, null);
		assertThat(rejected.status()).isEqualTo(413);
		assertThat(rejected.contentType()).startsWith("application/problem+json");
		assertThat(rejected.text("detail")).contains("20 MB");
	}

	@Test
	void deletingIsAuditedAndOtherUsersSeeNothing() {
		String[] opened = openCase();
		String caseId = opened[0];
		String documentId = upload(cm(), caseId, "a.pdf", "application/pdf", PDF, null).text("id");
		for (String user : new String[] { "cm2.koeln", "cm.caritas.koeln", "cm.muenster" }) {
			ApiClient other = ApiClient.as(port, user);
			assertThat(other.getBytes("/cases/" + caseId + "/documents/" + documentId).statusCode()).as(user).isEqualTo(404);
			assertThat(other.delete("/cases/" + caseId + "/documents/" + documentId).status()).as(user).isEqualTo(404);
			assertThat(upload(other, caseId, "b.pdf", "application/pdf", PDF, null).status()).as(user).isEqualTo(404);
		}
		String otherCase = openCase()[0];
		assertThat(cm().getBytes("/cases/" + otherCase + "/documents/" + documentId).statusCode()).isEqualTo(404);

		assertThat(cm().delete("/cases/" + caseId + "/documents/" + documentId).status()).isEqualTo(204);
		assertThat(cm().getBytes("/cases/" + caseId + "/documents/" + documentId).statusCode()).isEqualTo(404);
		assertThat(ApiClient.as(port, "admin.koeln").get("/audit?clientId=" + opened[1] + "&size=200").json().path("items")
				.valueStream().map(e -> e.path("action").asString() + " " + e.path("entityType").asString()))
				.contains("CREATE Document", "DELETE Document");
	}

	@Test
	void aClosedCaseAcceptsNoDocumentsButKeepsItsOwn() {
		String caseId = openCase()[0];
		String documentId = upload(cm(), caseId, "a.pdf", "application/pdf", PDF, null).text("id");
		cm().post("/cases/" + caseId + "/close", Map.of("reason", "NO_CONTACT"));
		ApiClient.Response refused = upload(cm(), caseId, "b.pdf", "application/pdf", PDF, null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("type")).endsWith("/case-closed");
		assertThat(cm().delete("/cases/" + caseId + "/documents/" + documentId).status()).isEqualTo(409);
		assertThat(cm().getBytes("/cases/" + caseId + "/documents/" + documentId).statusCode()).isEqualTo(200);
	}
}
