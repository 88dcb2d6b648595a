package de.nrw.kim.funding;

import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static de.nrw.kim.funding.FundingBrowserIT.accessible;
import static de.nrw.kim.funding.FundingBrowserIT.setDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The grant officer keeps the guideline in the browser: a new version, its rates, an extension — axe on every page. */
@KimIntegrationTest
class FundingGuidelineBrowserIT {

	static final String CODE = "KIM-2050-BT";

	@LocalServerPort
	int port;

	@BeforeEach
	void needsChromium() {
		assumeTrue(Browser.available(), "Chromium und chromedriver sind nicht installiert");
	}

	@Test
	void theGrantOfficerAddsAVersionSetsItsRatesAndExtendsIt() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("bewilligung");
			browser.go("/funding/guidelines");
			browser.press("#new-guideline");
			assertThat(browser.path()).isEqualTo("/funding/guidelines/new");
			accessible(browser);

			browser.press("#guideline-form button[type=submit]");
			assertThat(browser.find(".kern-alert--danger").getText()).contains("Bitte den Titel angeben.", "Bitte die Fundstelle angeben.");
			assertThat(browser.find("#validFrom-error").getText()).contains("ab wann die Fassung gilt");
			accessible(browser);

			browser.find("#code").sendKeys(CODE);
			browser.find("#title").sendKeys("KIM-Richtlinie 2050 (Browsertest)");
			browser.find("#legalReference").sendKeys("RdErl. Test v. 01.12.2049");
			setDate(browser, "validFrom", "2050-01-01");
			setDate(browser, "validTo", "2050-12-31");
			new Select(browser.find("#ruleSet")).selectByValue("KIM-2024");
			browser.press("#guideline-form button[type=submit]");
			assertThat(browser.path()).isEqualTo("/funding/guidelines");
			assertThat(browser.find("[role=status]").getText()).contains("Die Fassung " + CODE + " ist angelegt");

			browser.find("#newYear-" + CODE).sendKeys("2050");
			browser.press(browser.find("#newYear-" + CODE).findElement(org.openqa.selenium.By.xpath("ancestor::form//button")));
			assertThat(browser.path()).endsWith("/rates/2050");
			accessible(browser);
			browser.find("#ratePerFte").sendKeys("58.000,5x");
			browser.find("#adminAssistanceRate").sendKeys("-1");
			browser.find("#equipmentPerFte").sendKeys("5.700,001");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("#ratePerFte-error").getText()).contains("Bitte eine Zahl angeben");
			assertThat(browser.find("#adminAssistanceRate-error").getText()).contains("nicht negativ");
			assertThat(browser.find("#equipmentPerFte-error").getText()).contains("höchstens zwei Nachkommastellen");
			accessible(browser);
			fill(browser, "58.000,00", "23.000,00", "5.800,00");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("[role=status]").getText()).contains("Die Fördersätze 2050 sind gespeichert");
			assertThat(rates(2050).path("ratePerFte").decimalValue()).isEqualByComparingTo("58000.00");

			String id = guideline().path("id").asString();
			browser.go("/funding/guidelines/" + id + "/rates/2050");
			ApiClient.as(port, "bewilligung").put("/funding/guidelines/" + id + "/rates/2050", Map.of("ratePerFte", 58500.00,
					"adminAssistanceRate", 23000.00, "equipmentPerFte", 5800.00, "version", 0));
			fill(browser, "59.000,00", "23.000,00", "5.800,00");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("main [role=alert]").getText()).contains("inzwischen von jemand anderem geändert");
			assertThat(rates(2050).path("ratePerFte").decimalValue()).as("the stale form changed nothing").isEqualByComparingTo("58500.00");

			browser.go("/funding/guidelines");
			browser.press("#extend-" + CODE);
			assertThat(browser.find("#current-validity").getText()).contains("01.01.2050 bis 31.12.2050");
			accessible(browser);
			setDate(browser, "validTo", "2050-06-30");
			browser.press("#extend-form button[type=submit]");
			assertThat(browser.find("#validTo-error").getText()).contains("nach dem bisherigen Ende");
			assertThat(browser.find("#legalReference-error").getText()).contains("Fundstelle der Verlängerung");
			accessible(browser);
			setDate(browser, "validTo", "2051-12-31");
			browser.find("#legalReference").sendKeys("RdErl. Verlängerung v. 15.11.2050");
			setDate(browser, "decidedOn", "2050-11-15");
			browser.press("#extend-form button[type=submit]");
			assertThat(browser.find("[role=status]").getText()).contains("Die Geltungsdauer von " + CODE + " ist verlängert");
			assertThat(browser.find("main").getText()).contains("01.01.2050 bis 31.12.2051",
					"bis 31.12.2051: RdErl. Verlängerung v. 15.11.2050");
			accessible(browser);

			browser.press("#extend-" + CODE);
			ApiClient.as(port, "bewilligung").post("/funding/guidelines/" + id + "/extensions",
					Map.of("validTo", "2052-12-31", "legalReference", "RdErl. parallel"));
			setDate(browser, "validTo", "2053-12-31");
			browser.find("#legalReference").sendKeys("RdErl. zu spät");
			browser.press("#extend-form button[type=submit]");
			assertThat(browser.find("main [role=alert]").getText()).contains("inzwischen von jemand anderem geändert");
			assertThat(guideline().path("validTo").asString()).isEqualTo("2052-12-31");
		}
	}

	@Test
	void onlyTheGrantAuthorityGetsTheForms() {
		assertThat(FundingPages.get(port, "land", "/funding/guidelines/new").statusCode()).isEqualTo(403);
		assertThat(FundingPages.get(port, "koord.koeln", "/funding/guidelines/6f1c0c1e-2020-4a00-9000-000000002020/extend")
				.statusCode()).isEqualTo(403);
		assertThat(FundingPages.get(port, "land", "/funding/guidelines").body()).doesNotContain("new-guideline", "extend-KIM-2020");
	}

	private static void fill(Browser browser, String rate, String admin, String equipment) {
		for (String[] field : new String[][] { { "#ratePerFte", rate }, { "#adminAssistanceRate", admin }, { "#equipmentPerFte", equipment } }) {
			browser.find(field[0]).clear();
			browser.find(field[0]).sendKeys(field[1]);
		}
	}

	private JsonNode guideline() {
		return ApiClient.as(port, "bewilligung").get("/funding/guidelines").json().path("items").valueStream()
				.filter(g -> g.path("code").asString().equals(CODE)).findFirst().orElseThrow();
	}

	private JsonNode rates(int year) {
		return guideline().path("rates").valueStream().filter(r -> r.path("year").asInt() == year).findFirst().orElseThrow();
	}
}
