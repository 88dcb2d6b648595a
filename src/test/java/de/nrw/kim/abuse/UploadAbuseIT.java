package de.nrw.kim.abuse;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.sql.DataSource;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile uploads: a virus (EICAR, found by a clamd speaking the real protocol), a scanner that is
 * configured but down (fail closed), a script disguised as PDF, and path traversal in the file
 * name. Nothing of it is stored.
 */
@KimIntegrationTest
class UploadAbuseIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	ConfigurableEnvironment environment;

	Hostile hostile;

	@BeforeEach
	void setUp() {
		hostile = new Hostile(port, dataSource);
	}

	@AfterEach
	void scannerOff() {
		environment.getPropertySources().remove("abuse-clamav");
	}

	void scannerAt(int clamdPort) {
		environment.getPropertySources().addFirst(new MapPropertySource("abuse-clamav",
				Map.of("kim.clamav.host", "127.0.0.1", "kim.clamav.port", clamdPort, "kim.clamav.timeout", "5s")));
	}

	static byte[] pdfWith(String text) {
		return ("%PDF-1.4\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void anEicarUploadIsRefusedWith422AndNotStoredACleanOnePasses() throws IOException {
		String caseId = hostile.victim().caseId();
		try (FakeClamd clamd = new FakeClamd()) {
			scannerAt(clamd.port());
			ApiClient.Response infected = hostile.upload(hostile.cm(), caseId, "bescheid.pdf", "application/pdf",
					pdfWith(FakeClamd.EICAR));
			assertThat(infected.status()).isEqualTo(422);
			assertThat(infected.contentType()).startsWith("application/problem+json");
			assertThat(infected.text("type")).endsWith("/virus-found");
			assertThat(infected.text("detail")).contains("Schadsoftware", "Eicar-Signature", "nicht gespeichert");
			assertThat(hostile.documents(caseId)).isZero();

			ApiClient.Response clean = hostile.upload(hostile.cm(), caseId, "bescheid.pdf", "application/pdf", PDF);
			assertThat(clean.status()).isEqualTo(201);
			assertThat(hostile.documents(caseId)).isEqualTo(1);
			assertThat(clamd.scans.get()).isEqualTo(2);
		}
	}

	@Test
	void anEicarUploadThroughTheWebPageShowsTheReasonInGermanAndStoresNothing() throws IOException {
		String caseId = hostile.victim().caseId();
		de.nrw.kim.platform.security.WebUser web = new de.nrw.kim.platform.security.WebUser(port);
		web.login("cm.koeln", ApiClient.DEMO_PASSWORD);
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
				.matcher(web.get("/cases/" + caseId + "/documents").body());
		assertThat(token.find()).isTrue();
		String boundary = "kim-" + java.util.UUID.randomUUID();
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n" + new String(pdfWith(FakeClamd.EICAR), StandardCharsets.ISO_8859_1)
				+ "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
		try (FakeClamd clamd = new FakeClamd()) {
			scannerAt(clamd.port());
			HttpResponse<String> page = web.send(java.net.http.HttpRequest.newBuilder(
					java.net.URI.create("http://localhost:" + port + "/cases/" + caseId + "/documents"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", token.group(1))
					.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
			assertThat(page.statusCode()).isEqualTo(422);
			assertThat(page.body()).contains("Die Datei enthält Schadsoftware und wurde nicht gespeichert.");
			assertThat(clamd.scans.get()).isEqualTo(1);
		}
		assertThat(hostile.documents(caseId)).isZero();
	}

	@Test
	void aConfiguredButUnreachableScannerFailsClosedWith503() throws IOException {
		String caseId = hostile.victim().caseId();
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			closedPort = probe.getLocalPort();
		}
		scannerAt(closedPort);
		ApiClient.Response refused = hostile.upload(hostile.cm(), caseId, "bescheid.pdf", "application/pdf", PDF);
		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.text("type")).endsWith("/virus-scan-unavailable");
		assertThat(refused.text("detail")).contains("Virenprüfung", "nicht gespeichert");
		assertThat(hostile.documents(caseId)).isZero();
	}

	@Test
	void aScriptDisguisedAsPdfIsRefusedByItsContent() {
		String caseId = hostile.victim().caseId();
		for (byte[] content : new byte[][] { "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
				{ 'M', 'Z', (byte) 0x90, 0, 3, 0 }, "PK\u0003\u0004zip".getBytes(StandardCharsets.ISO_8859_1) }) {
			ApiClient.Response refused = hostile.upload(hostile.cm(), caseId, "bescheid.pdf", "application/pdf", content);
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
		}
		assertThat(hostile.documents(caseId)).isZero();
	}

	@Test
	void pathTraversalInTheFileNameIsCutToASafeBaseName() {
		String caseId = hostile.victim().caseId();
		for (String name : new String[] { "../../../../etc/passwd.pdf", "..\\..\\Windows\\system32\\evil.pdf",
				"\"; filename=evil.html.pdf", "%2e%2e%2fsecret.pdf", "bescheid.pdf\u0000.html" }) {
			ApiClient.Response uploaded = hostile.upload(hostile.cm(), caseId, name, "application/pdf", PDF);
			assertThat(uploaded.status()).as(name).isIn(201, 400);
			if (uploaded.status() == 201) {
				String stored = uploaded.text("fileName");
				assertThat(stored).as(name).matches("[A-Za-z0-9._-]+\\.pdf").doesNotContain("..").doesNotContain("/");
				HttpResponse<byte[]> download = hostile.cm().getBytes("/cases/" + caseId + "/documents/" + uploaded.text("id"));
				assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
						.doesNotContain("..").doesNotContain("/").doesNotContain("\\");
				assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			}
		}
	}
}
