package de.nrw.kim.casework;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A case manager's day in headless Chromium: open a case for a client, assess, plan, record a
 * contact, set a follow-up, upload a PDF, advance the phase, close the case — with axe-core on every
 * page and state visited, validation errors included.
 */
@KimIntegrationTest
class CaseBrowserIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

	@LocalServerPort
	int port;

	@Test
	void aCaseManagerRunsACaseFromOpeningToClosure() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		String familyName = "Browser-" + UUID.randomUUID().toString().substring(0, 6);
		String clientId = ApiClient.as(port, "cm.koeln")
				.post("/clients", Map.of("givenName", "Mariam", "familyName", familyName, "gender", "FEMALE")).text("id");

		try (Browser browser = Browser.open(port)) {
			browser.login("cm.koeln");
			accessible(browser, "Startseite");

			// the client's page offers to open a case (casework's section on it)
			browser.go("/clients/" + clientId);
			WebElement section = browser.find("section[aria-labelledby=client-cases]");
			assertThat(section.getText()).contains("Keine Fälle, die Sie sehen dürfen.");
			accessible(browser, "Seite der Klientin");
			click(browser, section.findElement(By.cssSelector("button[type=submit]")));
			assertThat(browser.path()).isEqualTo("/cases/new?clientId=" + clientId);
			assertThat(browser.find("h1").getText()).isEqualTo("Fall eröffnen");
			assertThat(browser.find("main").getText()).contains("Mariam " + familyName);
			accessible(browser, "Fall eröffnen");
			submit(browser);
			browser.waitFor(d -> d.getCurrentUrl().matches(".*/cases/[0-9a-f-]{36}$"));
			String casePath = browser.path();
			assertThat(browser.find("h1").getText()).isEqualTo("Fall: Mariam " + familyName);
			assertThat(successMessage(browser)).isEqualTo("Der Fall wurde eröffnet.");
			accessible(browser, "Überblick nach Eröffnung");

			// assessment: nothing chosen is an error at the first domain, then a real assessment
			tab(browser, "Assessment");
			accessible(browser, "Assessment leer");
			submit(browser);
			assertThat(browser.find("#need-RESIDENCE").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.find("#error-summary").getText()).contains("mindestens einen Lebensbereich");
			accessible(browser, "Assessment mit Fehler");
			new Select(browser.find("#need-LANGUAGE")).selectByValue("HIGH");
			browser.find("#note-LANGUAGE").sendKeys("A1, Kurs gesucht");
			new Select(browser.find("#need-WORK")).selectByValue("MEDIUM");
			submit(browser);
			assertThat(successMessage(browser)).isEqualTo("Das Assessment wurde gespeichert.");
			assertThat(browser.find("main").getText()).contains("erstmals eingeschätzt");
			accessible(browser, "Assessment gespeichert");

			// plan: a goal without title is refused at the field, then added
			tab(browser, "Hilfeplan");
			skipBrowserValidation(browser);
			new Select(browser.find("#domain")).selectByValue("LANGUAGE");
			setDate(browser, "#dueOn", TODAY.plusDays(10));
			submit(browser);
			assertThat(browser.find("#title").getAttribute("aria-describedby")).contains("title-error");
			accessible(browser, "Ziel mit Fehler");
			browser.find("#title").sendKeys("Deutschkurs B1 beginnen");
			submit(browser);
			assertThat(successMessage(browser)).isEqualTo("Das Ziel wurde hinzugefügt.");
			assertThat(browser.find("main table").getText()).contains("Deutschkurs B1 beginnen");
			accessible(browser, "Hilfeplan");

			// contact: 0 minutes is refused, then recorded
			tab(browser, "Kontakte");
			skipBrowserValidation(browser);
			new Select(browser.find("#mode")).selectByValue("IN_PERSON");
			browser.find("#minutes").sendKeys("0");
			browser.find("#interpreter").sendKeys(Keys.SPACE);
			browser.find("#note").sendKeys("Erstgespräch mit Sprachmittlerin");
			submit(browser);
			assertThat(browser.find("#minutes").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.find("#interpreter").isSelected()).isTrue();
			assertThat(browser.find("#note").getAttribute("value")).isEqualTo("Erstgespräch mit Sprachmittlerin");
			accessible(browser, "Kontakt mit Fehler");
			browser.find("#minutes").clear();
			browser.find("#minutes").sendKeys("45");
			submit(browser);
			assertThat(successMessage(browser)).isEqualTo("Der Kontakt wurde dokumentiert.");
			assertThat(browser.find("main table").getText()).contains("Erstgespräch mit Sprachmittlerin");
			accessible(browser, "Kontakte");

			// follow-up
			tab(browser, "Wiedervorlagen");
			setDate(browser, "#dueOn", TODAY.plusDays(3));
			browser.find("#title").sendKeys("Kursplatz bestätigen lassen");
			submit(browser);
			assertThat(successMessage(browser)).isEqualTo("Die Wiedervorlage wurde angelegt.");
			accessible(browser, "Wiedervorlagen");

			// document: an HTML file named .pdf is refused, a real PDF is stored
			tab(browser, "Dokumente");
			Path fake = Files.createTempFile("harmlos", ".pdf");
			Files.writeString(fake, "<html><body>kein PDF</body></html>");
			browser.find("#file").sendKeys(fake.toString());
			submit(browser);
			assertThat(browser.find("#file").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.find("#file-error").getText()).contains("Nur PDF-, JPEG- und PNG-Dateien");
			accessible(browser, "Dokument mit Fehler");
			Path pdf = Files.createTempFile("bescheid", ".pdf");
			Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			browser.find("#file").sendKeys(pdf.toString());
			browser.find("#title").sendKeys("Bescheid Jobcenter");
			submit(browser);
			assertThat(successMessage(browser)).isEqualTo("Das Dokument wurde hochgeladen.");
			assertThat(browser.find("main table").getText()).contains("Bescheid Jobcenter");
			accessible(browser, "Dokumente");

			// start page: the case, the follow-up and the goal's deadline
			browser.go("/");
			String start = browser.find("main").getText();
			assertThat(start).contains("Mariam " + familyName, "Kursplatz bestätigen lassen", "Deutschkurs B1 beginnen");
			accessible(browser, "Startseite mit Fall");
			browser.go("/cases");
			assertThat(browser.find("main table").getText()).contains("Mariam " + familyName);
			accessible(browser, "Fallliste");

			// phase forward
			browser.go(casePath);
			click(browser, browser.find("main").findElement(By.xpath(".//button[contains(., 'Weiter zu: Assessment')]")));
			assertThat(successMessage(browser)).isEqualTo("Die Phase wurde gewechselt.");
			assertThat(browser.find("main .kern-badge").getText()).isEqualTo("Assessment");
			accessible(browser, "Überblick nach Phasenwechsel");

			// close: a reason is required, then the confirmation, then the frozen case
			tab(browser, "Abschluss");
			skipBrowserValidation(browser);
			submitConfirmed(browser);
			assertThat(browser.find("#reason").getAttribute("aria-invalid")).isEqualTo("true");
			accessible(browser, "Abschluss mit Fehler");
			new Select(browser.find("#reason")).selectByValue("GOALS_ACHIEVED");
			browser.find("#note").sendKeys("Kurs begonnen, Begleitung nicht mehr nötig");
			submitConfirmed(browser);
			assertThat(successMessage(browser)).isEqualTo("Der Fall wurde abgeschlossen.");
			assertThat(browser.find("main").getText()).contains("Dieser Fall ist abgeschlossen", "Ziele erreicht");
			assertThat(browser.findAll("main form")).isEmpty();
			accessible(browser, "abgeschlossener Fall");
			tab(browser, "Kontakte");
			assertThat(browser.findAll("main form")).isEmpty();
			accessible(browser, "Kontakte des abgeschlossenen Falls");

			// the client's page lists the closed case
			browser.go("/clients/" + clientId);
			assertThat(browser.find("section[aria-labelledby=client-cases]").getText()).contains("Abgeschlossen");
			accessible(browser, "Seite der Klientin mit Fall");
		}
	}

	@Test
	void anotherOrganisationsCaseManagerGetsTheGermanNotFoundPage() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		String clientId = cm.post("/clients", Map.of("givenName", "Nadia", "familyName", "Fremd", "gender", "FEMALE")).text("id");
		String caseId = cm.post("/cases", Map.of("clientId", clientId)).text("id");
		try (Browser browser = Browser.open(port)) {
			browser.login("cm.caritas.koeln");
			browser.go("/cases/" + caseId);
			assertThat(browser.find("main").getText()).contains("Diese Seite gibt es nicht");
			assertThat(browser.find("main").getText()).doesNotContain("Nadia");
			accessible(browser, "404");
			browser.go("/cases");
			assertThat(browser.find("main").getText()).contains("Keine Fälle gefunden");
			accessible(browser, "leere Fallliste");
		}
	}

	private static void accessible(Browser browser, String state) {
		assertThat(browser.seriousAccessibilityViolations()).as(state).isEmpty();
	}

	private static void tab(Browser browser, String name) {
		click(browser, browser.find("main .kim-case-tabs").findElement(By.linkText(name)));
		assertThat(browser.find("main h2").getText()).isEqualTo(name);
	}

	/** Submits the page's (first) form from the keyboard (Enter on its submit button) and waits for the answer. */
	private static void submit(Browser browser) {
		WebElement page = browser.find("html");
		browser.find("main form button[type=submit]").sendKeys(Keys.ENTER);
		waitForNewPage(browser, page);
	}

	/** Like {@link #submit}, for a form that asks for confirmation first (data-confirm): the user confirms. */
	private static void submitConfirmed(Browser browser) {
		WebElement page = browser.find("html");
		browser.find("main form button[type=submit]").sendKeys(Keys.ENTER);
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
		waitForNewPage(browser, page);
	}

	private static void click(Browser browser, WebElement element) {
		WebElement page = browser.find("html");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		waitForNewPage(browser, page);
	}

	private static void waitForNewPage(Browser browser, WebElement old) {
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(old));
		browser.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private static String successMessage(Browser browser) {
		return browser.find("main .kern-alert--success").getText();
	}

	/** Lets the form reach the server with values the browser would refuse, to see the server's field errors. */
	private static void skipBrowserValidation(Browser browser) {
		((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('main form').forEach(f => f.noValidate = true)");
	}

	private static void setDate(Browser browser, String css, LocalDate date) {
		WebElement input = browser.find(css);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, date.toString());
	}

}
