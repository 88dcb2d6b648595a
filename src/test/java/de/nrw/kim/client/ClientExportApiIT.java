package de.nrw.kim.client;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class ClientExportApiIT {

	@LocalServerPort
	int port;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	String create() {
		return cm().post("/clients", Map.of("givenName", "Mohammed", "familyName", "Al-Hassan", "originalScriptName",
				"محمد الحسن", "birthDate", "1991-07", "gender", "MALE", "nationalities", List.of("SYR"), "languages",
				List.of("ar", "de"), "phone", "+49 221 12345", "email", "m.alhassan@example.org")).text("id");
	}

	@Test
	void theJsonExportHoldsTheClientRecordAndNamesTheController() {
		String id = create();
		ApiClient.Response export = cm().get("/clients/" + id + "/export");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("application/json");
		assertThat(export.header("Content-Disposition")).startsWith("attachment").contains("auskunft-" + id + ".json");
		assertThat(export.json().path("client").path("id").asString()).isEqualTo(id);
		assertThat(export.json().path("client").path("originalScriptName").asString()).isEqualTo("محمد الحسن");
		assertThat(export.json().path("client").path("birthDate").asString()).isEqualTo("1991-07");
		assertThat(export.json().path("client").path("email").asString()).isEqualTo("m.alhassan@example.org");
		assertThat(export.json().path("controller").path("organisation").asString()).contains("Köln");
		assertThat(export.json().path("legalBasis").asString()).isEqualTo("Art. 15 DSGVO");
		assertThat(export.json().path("sections").isArray()).isTrue();
	}

	@Test
	void thePdfExportIsADownloadablePdf() {
		String id = create();
		HttpResponse<byte[]> pdf = cm().getBytes("/clients/" + id + "/export?format=pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
				.contains(".pdf");
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
	}

	@Test
	void bothExportsAreAuditedAsExport() {
		String id = create();
		cm().get("/clients/" + id + "/export");
		cm().getBytes("/clients/" + id + "/export?format=pdf");
		ApiClient.Response trail = ApiClient.as(port, "admin.koeln").get("/audit?clientId=" + id);
		assertThat(trail.json().path("items").valueStream()
				.map(e -> e.path("action").asString() + "/" + e.path("purpose").asString()))
				.containsExactly("CREATE/Fallbearbeitung", "EXPORT/Auskunft Art. 15 DSGVO (JSON)",
						"EXPORT/Auskunft Art. 15 DSGVO (PDF)");
	}

	@Test
	void anotherOrganisationsClientIsNotFoundAndAnUnknownFormatIsRefused() {
		String id = create();
		assertThat(ApiClient.as(port, "cm.caritas.koeln").get("/clients/" + id + "/export").status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "cm.muenster").getBytes("/clients/" + id + "/export?format=pdf").statusCode())
				.isEqualTo(404);
		assertThat(ApiClient.as(port, "land").get("/clients/" + id + "/export").status()).isEqualTo(403);
		assertThat(cm().get("/clients/" + id + "/export?format=docx").status()).isEqualTo(400);
	}
}
