package de.nrw.kim.reporting;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The pseudonymised evaluation extract: no name, id or birth date leaves; stable pseudonyms; audited. */
@KimIntegrationTest
class EvaluationExtractIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	HttpResponse<byte[]> get(String user, String path) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
				.header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void theMinistryGetsPseudonymsAgeBandsAndMonthsButNoPersonAndEveryExtractIsAudited() throws Exception {
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		String client = cm.post("/clients", Map.of("givenName", "Erika", "familyName", "Auszugsprobe", "gender", "FEMALE",
				"birthDate", "1985-03-02", "nationalities", java.util.List.of("SYR"), "phone", "0221 123456")).text("id");
		String caseId = cm.post("/cases", Map.of("clientId", client)).text("id");
		long auditsBefore = exports();

		HttpResponse<byte[]> csv = get("land", "/statistics/evaluation-extract?format=csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("case_pseudonym;client_pseudonym;municipality;region").contains(";05315;KOELN;")
				.contains("27_44;FEMALE;SYR")
				.doesNotContain("Erika", "Auszugsprobe", "1985-03", "0221 123456", caseId, client);
		String again = new String(get("land", "/statistics/evaluation-extract?format=csv").body(), StandardCharsets.UTF_8);
		assertThat(again).as("pseudonyms are stable").isEqualTo(text);
		assertThat(exports() - auditsBefore).as("each extract is in Köln's audit trail").isEqualTo(2);

		HttpResponse<byte[]> xlsx = get("land", "/statistics/evaluation-extract?format=xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Auszug");
			assertThat(workbook.getSheetName(1)).isEqualTo("Datenbeschreibung");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("case_pseudonym");
		}
		assertThat(get("land", "/statistics/evaluation-extract/dictionary").statusCode()).isEqualTo(200);

		ApiClient.Response log = ApiClient.as(port, "land").get("/statistics/evaluation-extract/log?size=3");
		assertThat(log.status()).isEqualTo(200);
		assertThat(log.json().path("items").get(0).path("format").asText()).as("the newest first").isEqualTo("xlsx");
		assertThat(log.json().path("items").get(1).path("requestedBy").asText()).isEqualTo("land");
		assertThat(log.json().path("items").get(0).path("cases").asLong()).isPositive();
	}

	@Test
	void nobodyElseGetsIt() throws Exception {
		for (String user : java.util.List.of("bewilligung", "koord.koeln", "cm.koeln", "admin.koeln")) {
			assertThat(get(user, "/statistics/evaluation-extract").statusCode()).as(user).isEqualTo(403);
		}
		assertThat(ApiClient.as(port, "bewilligung").get("/statistics/evaluation-extract/log").status()).isEqualTo(403);
		HttpResponse<byte[]> format = get("land", "/statistics/evaluation-extract?format=pdf");
		assertThat(format.statusCode()).isEqualTo(400);
		assertThat(new String(format.body(), StandardCharsets.UTF_8)).contains("csv oder xlsx");
		HttpResponse<byte[]> wrong = get("land", "/statistics/evaluation-extract?fromYear=2030&toYear=2020");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("Zeitraum");
	}

	private long exports() {
		return TenantContext.callAs(MunicipalityKey.of("05315"), () -> transactions.execute(tx -> jdbc.sql(
				"select count(*) from audit_event where action = 'EXPORT' and entity_type = 'EvaluationExtract'")
				.query(Long.class).single()));
	}
}
