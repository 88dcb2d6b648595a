package de.nrw.kim;

import java.util.UUID;

import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The case manager's whole day in one walk, only through the pages: log in, search, create the
 * client, open a case, assess, plan a goal, document a contact and close — accessible at every step.
 */
@KimIntegrationTest
class CaseManagerJourneyBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void fromLoginToAClosedCase() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		String family = "Reise" + UUID.randomUUID().toString().substring(0, 6);
		try (Browser browser = Browser.open(port)) {
			browser.login("cm.koeln");
			accessible(browser, "Startseite");

			browser.press("nav a[href='/clients']");
			browser.find("#q").sendKeys("Daria " + family);
			browser.press("form[role=search] button[type=submit]");
			browser.waitFor(d -> d.findElement(By.id("client-results")).getText().contains("Keine Treffer"));
			accessible(browser, "Suche ohne Treffer");

			browser.press("#client-results a[href='/clients/new']");
			browser.find("#givenName").sendKeys("Daria");
			browser.find("#familyName").sendKeys(family);
			browser.find("#originalScriptName").sendKeys("Дарія " + family);
			browser.find("#birthDate").sendKeys("1994-07");
			new Select(browser.find("#gender")).selectByValue("FEMALE");
			browser.press("main form button.kern-btn--primary");
			assertThat(browser.find("h1").getText()).isEqualTo("Daria " + family);
			assertThat(browser.find("main").getText()).contains("Дарія " + family);
			accessible(browser, "Seite der Klientin");

			browser.press(browser.find("section[aria-labelledby=client-cases]").findElement(By.cssSelector("button[type=submit]")));
			browser.press("main form button[type=submit]");
			assertThat(browser.find("h1").getText()).isEqualTo("Fall: Daria " + family);
			accessible(browser, "neuer Fall");

			tab(browser, "Assessment");
			new Select(browser.find("#need-LANGUAGE")).selectByValue("HIGH");
			new Select(browser.find("#need-HOUSING")).selectByValue("MEDIUM");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Assessment");
			accessible(browser, "Assessment");

			tab(browser, "Hilfeplan");
			new Select(browser.find("#domain")).selectByValue("LANGUAGE");
			browser.find("#title").sendKeys("Integrationskurs mit Kinderbetreuung");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("main table").getText()).contains("Integrationskurs mit Kinderbetreuung");
			accessible(browser, "Hilfeplan");

			tab(browser, "Kontakte");
			new Select(browser.find("#mode")).selectByValue("PHONE");
			browser.find("#minutes").sendKeys("20");
			browser.find("#note").sendKeys("Termin beim Kursträger vereinbart");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("main table").getText()).contains("Termin beim Kursträger vereinbart");
			accessible(browser, "Kontakte");

			tab(browser, "Abschluss");
			new Select(browser.find("#reason")).selectByValue("PARTLY_ACHIEVED");
			var page = browser.find("html");
			browser.find("main form button[type=submit]").sendKeys(org.openqa.selenium.Keys.ENTER);
			new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
			new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
			assertThat(browser.find("main").getText()).contains("Dieser Fall ist abgeschlossen");
			assertThat(browser.findAll("main form")).isEmpty();
			accessible(browser, "abgeschlossener Fall");
		}
	}

	private static void tab(Browser browser, String name) {
		var link = browser.find("main .kim-case-tabs").findElement(By.linkText(name));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
		browser.press(link);
		assertThat(browser.find("main h2").getText()).isEqualTo(name);
	}

	private static void accessible(Browser browser, String state) {
		assertThat(browser.seriousAccessibilityViolations()).as(state).isEmpty();
	}
}
