package de.nrw.kim.funding;

import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The three funding journeys of issue 4 in headless Chromium, with axe-core on every page visited. */
@KimIntegrationTest
class FundingBrowserIT {

	@LocalServerPort
	int port;

	@BeforeEach
	void needsChromium() {
		assumeTrue(Browser.available(), "Chromium und chromedriver sind nicht installiert");
	}

	static void accessible(Browser browser) {
		assertThat(browser.seriousAccessibilityViolations()).as("axe auf " + browser.path()).isEmpty();
	}

	/** Fetches a URL (or submits a form) from the page with the browser's session; returns status, type, first bytes. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> fetch(Browser browser, String script, Object argument) {
		return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const request = %s;
				request.then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('content-type'),
				    head: String.fromCharCode(...new Uint8Array(b).slice(0, 5))})))
				  .catch(e => done({status: 0, type: String(e), head: ''}));
				""".formatted(script), argument);
	}

	/** Scrolls an element into view and clicks it the way a keyboard user would activate it. */
	static void click(Browser browser, WebElement element) {
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus(); arguments[0].click();", element);
	}

	static void click(Browser browser, String css) {
		click(browser, browser.find(css));
	}

	static void setDate(Browser browser, String id, String isoDate) {
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
	}

	@Test
	void aCoordinatorRecordsAVacancy() throws Exception {
		String id = ApiClient.as(port, "koord.koeln").post("/funding/positions", FundingPositionApiIT.position(
				"employerName", "Stadt Köln – Browsertest", "filledFrom", "2025-01-01")).text("id");
		try (Browser browser = Browser.open(port)) {
			browser.login("koord.koeln");
			click(browser, "nav a[href='/funding/positions']");
			browser.waitFor(d -> browser.path().startsWith("/funding/positions"));
			accessible(browser);
			browser.go("/funding/positions/new");
			accessible(browser);
			browser.go("/funding/positions/" + id);
			assertThat(browser.find("#current-staffing").getText()).contains("besetzt seit 01.01.2025");
			accessible(browser);
			setDate(browser, "from", "2026-10-01");
			new Select(browser.find("#staffing-form select[name=state]")).selectByValue("VACANT");
			click(browser, "#staffing-form button[type=submit]");
			browser.waitFor(d -> !browser.findAll("[role=status]").isEmpty());
			assertThat(browser.find("[role=status]").getText()).contains("Besetzung ist gespeichert");
			assertThat(browser.find("#current-staffing").getText()).contains("unbesetzt seit 01.10.2026");
			assertThat(browser.find("#history").getText()).contains("Besetzung geändert");
			accessible(browser);
		}
		assertThat(ApiClient.as(port, "koord.koeln").get("/funding/positions/" + id + "?on=2026-10-02").json()
				.path("staffing").path("state").asString()).isEqualTo("VACANT");
	}

	@Test
	void theMinistryOpensThePermanenceDashboardAndProducesLetters() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("land");
			assertThat(browser.find("#funding-start-heading").getText()).isEqualTo("Förderung");
			accessible(browser);
			click(browser, "nav a[href='/funding/permanence']");
			browser.waitFor(d -> browser.path().startsWith("/funding/permanence"));
			assertThat(browser.findAll("svg[role=img]")).hasSizeGreaterThanOrEqualTo(3);
			assertThat(browser.findAll("#table-municipalities tbody tr")).hasSize(54);
			assertThat(browser.find("#state-figures").getText()).contains("Anteil unbefristet");
			accessible(browser);
			click(browser, "#letter-05315");
			click(browser, "#letter-05154");
			Map<String, Object> letters = fetch(browser, """
					fetch(document.getElementById('letters-form').action,
					      {method: 'POST', body: new FormData(document.getElementById('letters-form')), credentials: 'same-origin'})""", null);
			assertThat(letters.get("status")).isEqualTo(200L);
			assertThat((String) letters.get("type")).startsWith("application/pdf");
			assertThat(letters.get("head")).isEqualTo("%PDF-");
			String csv = browser.find("#export-csv").getAttribute("href");
			Map<String, Object> export = fetch(browser, "fetch(arguments[0], {credentials: 'same-origin'})", csv);
			assertThat(export.get("status")).isEqualTo(200L);
			assertThat((String) export.get("type")).startsWith("text/csv");
			new Select(browser.find("#region")).selectByValue("MUENSTER");
			click(browser, "#filter button[type=submit]");
			browser.waitFor(d -> browser.path().contains("region=MUENSTER"));
			assertThat(browser.findAll("#table-municipalities tbody tr")).hasSize(8);
			accessible(browser);
			for (String page : List.of("/funding/positions", "/funding/applications", "/funding/proofs?year=2025&municipality=05515",
					"/funding/budget", "/funding/guidelines")) {
				browser.go(page);
				accessible(browser);
			}
		}
	}

	@Test
	void theGrantOfficerDecidesAnApplicationAndDownloadsTheNotice() throws Exception {
		ApiClient coordinator = ApiClient.as(port, "koord.koeln");
		String id = coordinator.post("/funding/applications", FundingGrantApiIT.application(2026)).text("id");
		coordinator.post("/funding/applications/" + id + "/submit", Map.of());
		try (Browser browser = Browser.open(port)) {
			browser.login("bewilligung");
			click(browser, "nav a[href='/funding/applications']");
			browser.waitFor(d -> browser.path().startsWith("/funding/applications"));
			accessible(browser);
			click(browser, "a[href='/funding/applications/" + id + "']");
			browser.waitFor(d -> browser.path().equals("/funding/applications/" + id));
			assertThat(browser.find("#application-status").getText()).contains("eingereicht");
			accessible(browser);
			click(browser, "#decision-APPROVED");
			click(browser, "#decide-form button[type=submit]");
			browser.waitFor(d -> !browser.findAll("#notice").isEmpty());
			assertThat(browser.find("[role=status]").getText()).contains("Bescheid ist erlassen");
			assertThat(browser.find("#notice").getText()).contains("BRA-36-KIM-2026-05315-", "143.200,00 €");
			accessible(browser);
			WebElement pdfLink = browser.find("#notice-pdf");
			Map<String, Object> pdf = fetch(browser, "fetch(arguments[0], {credentials: 'same-origin'})", pdfLink.getAttribute("href"));
			assertThat(pdf.get("status")).isEqualTo(200L);
			assertThat((String) pdf.get("type")).startsWith("application/pdf");
			assertThat(pdf.get("head")).isEqualTo("%PDF-");
			browser.go("/funding/guidelines/6f1c0c1e-2024-4a00-9000-000000002024/rates/2026");
			accessible(browser);
		}
		assertThat(ApiClient.as(port, "koord.koeln").get("/funding/applications/" + id).text("status")).isEqualTo("DECIDED");
	}

	@Test
	void aCoordinatorFillsInAnApplication() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("koord.muenster");
			browser.go("/funding/applications/new");
			accessible(browser);
			browser.find("#year").clear();
			browser.find("#year").sendKeys("2028");
			new Select(browser.find("#positions-0-module")).selectByValue("2");
			browser.find("#positions-0-fte").sendKeys("1,0");
			click(browser, "main form button[type=submit]");
			browser.waitFor(d -> !browser.findAll("#application-summary").isEmpty() || !browser.findAll("main [role=alert]").isEmpty());
			assertThat(browser.findAll("main [role=alert]")).as(browser.driver().getPageSource()).isEmpty();
			assertThat(browser.find("#application-summary").getText()).contains("Entwurf", "57.000,00 €");
			accessible(browser);
			click(browser, browser.findAll("main button").stream().filter(b -> b.getText().contains("Antrag einreichen")).findFirst().orElseThrow());
			browser.waitFor(d -> browser.find("#application-status").getText().contains("eingereicht"));
			assertThat(browser.find("[role=status]").getText()).contains("Antrag ist eingereicht");
			browser.go("/funding/proofs?year=2025");
			assertThat(browser.find("#proof-summary").getText()).contains("noch nicht gespeichert");
			accessible(browser);
			browser.find("#factualReport").sendKeys("Sachbericht 2025: Aufbau des Case Managements abgeschlossen.");
			click(browser, "#proof-form button[value=submit]");
			browser.waitFor(d -> browser.find("#proof-summary").getText().contains("eingereicht"));
			accessible(browser);
		}
	}
}
