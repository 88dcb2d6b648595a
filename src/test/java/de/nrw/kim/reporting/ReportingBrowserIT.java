package de.nrw.kim.reporting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.nrw.kim.reporting.internal.StatisticsRefresh;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The dashboards in Chromium: charts drawn (SVG), the table views beside them, axe on every page. */
@KimIntegrationTest
class ReportingBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	StatisticsRefresh refresh;

	@BeforeEach
	void needsChromium() {
		assumeTrue(Browser.available(), "Chromium und chromedriver sind nicht installiert");
	}

	@Test
	void theMinistrySeesStateRegionsAndMunicipalitiesAsChartsAndTables() throws Exception {
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		String client = cm.post("/clients", Map.of("givenName", "Lea", "familyName", "Diagramm", "gender", "FEMALE")).text("id");
		cm.post("/cases", Map.of("clientId", client));
		refresh.refreshRequested();
		try (Browser browser = Browser.open(port)) {
			browser.login("land").go("/reporting");
			browser.waitFor(d -> !browser.findAll("#chart-regions svg").isEmpty());
			assertThat(browser.findAll("#chart-municipalities svg")).isNotEmpty();
			assertThat(browser.findAll("#chart-months svg")).isNotEmpty();
			assertThat(browser.find("#chart-regions").getAttribute("aria-hidden")).isEqualTo("true");
			assertThat(browser.findAll("#table-municipalities tbody tr")).hasSize(54);
			assertThat(browser.findAll("#table-regions tbody tr")).hasSize(5);
			assertThat(browser.find("#table-state").getText()).contains("Nordrhein-Westfalen");
			assertThat(browser.find("#table-municipalities").getText()).contains("Köln", "Münster", "gesperrt");
			assertThat(browser.findAll("#chart-residence svg")).as("residence groups as a chart").isNotEmpty();
			assertThat(browser.findAll("#table-residence tbody tr")).as("one row per region").hasSize(5);
			assertThat(browser.find("#table-residence").getText()).contains("vorübergehender Schutz");
			assertThat(browser.find("#residence-csv").getAttribute("href")).contains("/reporting/residence.csv");
			assertThat(browser.seriousAccessibilityViolations()).as("axe auf /reporting (Land)").isEmpty();
		}
	}

	@Test
	void theMinistryFindsTheEvaluationExtractWithDictionaryPeriodFormatAndLog() throws Exception {
		int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear();
		try (Browser browser = Browser.open(port)) {
			browser.login("land").go("/reporting");
			browser.press("#extract-link");
			assertThat(browser.path()).isEqualTo("/reporting/evaluation-extract");
			assertThat(browser.find("h1").getText()).contains("Evaluationsauszug");
			assertThat(browser.find("#extract-dictionary").getText()).contains("case_pseudonym", "age_band_at_opening");
			assertThat(browser.findAll("nav a[href='/reporting/evaluation-extract']")).as("in the main navigation").isNotEmpty();
			assertThat(browser.seriousAccessibilityViolations()).as("axe auf dem Evaluationsauszug").isEmpty();

			browser.find("#fromYear").clear();
			browser.find("#fromYear").sendKeys(String.valueOf(year + 1));
			browser.press("#extract-download");
			assertThat(browser.find("#error-summary").getText()).contains("Zeitraum");
			assertThat(browser.find("#fromYear").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.seriousAccessibilityViolations()).as("axe mit Fehlermeldung").isEmpty();

			HttpResponse<byte[]> csv = download("land", "/reporting/evaluation-extract/download?fromYear=" + year + "&toYear="
					+ year + "&format=csv");
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("case_pseudonym;client_pseudonym");
			browser.go("/reporting/evaluation-extract");
			assertThat(browser.find("#extract-log").getText()).contains("Dr. Michael Krüger", String.valueOf(year), "CSV");
		}
		try (Browser browser = Browser.open(port)) {
			browser.login("bewilligung").go("/reporting");
			assertThat(browser.findAll("#extract-link")).as("only the ministry").isEmpty();
			assertThat(browser.findAll("nav a[href='/reporting/evaluation-extract']")).isEmpty();
		}
		assertThat(download("bewilligung", "/reporting/evaluation-extract").statusCode()).isEqualTo(403);
		assertThat(download("koord.koeln", "/reporting/evaluation-extract/download?fromYear=" + year + "&toYear=" + year
				+ "&format=csv").statusCode()).isEqualTo(403);
	}

	@Test
	void theCoordinatorAndTheCaseManagerSeeTheirOwnFigures() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("koord.muenster").go("/reporting");
			assertThat(browser.findAll("#table-municipalities tbody tr")).hasSize(1);
			assertThat(browser.find("#table-municipalities").getText()).contains("Münster").doesNotContain("gesperrt");
			assertThat(browser.findAll("#table-needs tbody tr")).hasSize(11);
			assertThat(browser.seriousAccessibilityViolations()).as("axe auf /reporting (Koordination)").isEmpty();
		}
		try (Browser browser = Browser.open(port)) {
			browser.login("cm.muenster").go("/reporting");
			assertThat(browser.findAll("#table-caseload tbody tr")).hasSize(1);
			browser.waitFor(d -> !browser.findAll("#chart-months svg").isEmpty());
			assertThat(browser.seriousAccessibilityViolations()).as("axe auf /reporting (Fallmanagement)").isEmpty();
		}
	}

	HttpResponse<byte[]> download(String user, String path) throws Exception {
		String credentials = java.util.Base64.getEncoder()
				.encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void theDownloadsAreFormulaSafeCsvAndARealWorkbookWithoutSmallNumbers() throws Exception {
		HttpResponse<byte[]> csv = download("land", "/reporting/cases.csv?groupBy=MUNICIPALITY");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFJahr;Schlüssel;Name").contains(";05315;Köln;");
		for (String line : text.split("\r\n")) {
			for (String cell : line.split(";")) {
				assertThat(cell).as("no count from 1 to 4 in " + line).isNotIn("1", "2", "3", "4");
			}
		}
		HttpResponse<byte[]> xlsx = download("land", "/reporting/cases.xlsx?groupBy=REGION");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(6);
		}
		assertThat(download("cm.koeln", "/reporting/cases.csv").statusCode()).isEqualTo(403);
	}
}
