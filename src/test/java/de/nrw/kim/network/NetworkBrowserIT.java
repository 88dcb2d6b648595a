package de.nrw.kim.network;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A case manager raises a gap from a case and finds a course by language; the coordination puts the
 * gap on a steering agenda, decides and resolves it — never seeing the case. axe on every page.
 */
@KimIntegrationTest
class NetworkBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void fromTheCaseToTheSteeringGroupAndBack() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String family = "Netz-" + tag;
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		ApiClient koord = ApiClient.as(port, "koord.koeln");
		String clientId = cm.post("/clients", Map.of("givenName", "Leyla", "familyName", family, "gender", "FEMALE",
				"birthDate", "1991-06-01")).text("id");
		String caseId = cm.post("/cases", Map.of("clientId", clientId)).text("id");
		String vhs = koord.get("/partners?name=Volkshochschule").json().path("items").get(0).path("id").asString();
		koord.post("/offers", Map.of("partnerId", vhs, "title", "Integrationskurs Türkisch-Deutsch " + tag, "domain", "LANGUAGE",
				"languages", List.of("tr", "de"), "location", "Köln-Mülheim", "waitingWeeks", 4));
		String description = "Kein Sprachkurs mit Kinderbetreuung in Mülheim " + tag;

		try (Browser browser = Browser.open(port)) {
			browser.login("cm.koeln");
			browser.go("/cases/" + caseId + "/plan");
			accessible(browser, "Planung mit Links ins Netzwerk");
			browser.press(browser.find("main").findElement(By.linkText("Strukturelle Lücke melden (ohne personenbezogene Daten)")));
			assertThat(browser.find("h1").getText()).isEqualTo("Strukturelle Lücke melden");
			accessible(browser, "Lücke melden");
			noBrowserValidation(browser);
			browser.press("main form button[type=submit]");
			assertThat(browser.find("#error-summary").getText()).contains("Handlungsfeld", "beschreiben");
			accessible(browser, "Lücke melden mit Fehlern");
			new Select(browser.find("#domain")).selectByVisibleText("Sprache");
			browser.find("#description").sendKeys(description);
			browser.press("main form button[type=submit]");
			assertThat(browser.path()).isEqualTo("/cases/" + caseId);
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Lücke wurde gemeldet");

			browser.go("/structural-gaps");
			assertThat(browser.find("main").getText()).contains(description);
			accessible(browser, "Meine Lücken");
			browser.go("/structural-gaps?scope=all");
			accessible(browser, "Alle Lücken");

			browser.go("/offers");
			accessible(browser, "Angebotssuche");
			new Select(browser.find("#language")).selectByVisibleText("Türkisch");
			browser.find("#q").sendKeys(tag);
			browser.press("main form[role=search] button[type=submit]");
			assertThat(browser.find("main table").getText()).contains("Integrationskurs Türkisch-Deutsch " + tag, "Türkisch",
					"Volkshochschule", "Wartezeit: 4 Wochen");
			accessible(browser, "Angebote gefunden");
			new Select(browser.find("#language")).selectByVisibleText("Ukrainisch");
			browser.press("main form[role=search] button[type=submit]");
			assertThat(browser.find("main").getText()).contains("Keine Angebote gefunden.");
		}

		try (Browser browser = Browser.open(port)) {
			browser.login("koord.koeln");
			assertThat(browser.find("main").getText()).contains("Netzwerk und Steuerung", "Offene strukturelle Lücken");
			accessible(browser, "Startseite der Koordination");
			browser.go("/structural-gaps");
			String list = browser.find("main").getText();
			assertThat(list).contains(description).doesNotContain(family).doesNotContain("Leyla");
			assertThat(browser.driver().getPageSource()).doesNotContain(caseId).doesNotContain(clientId);
			accessible(browser, "Lücken der Kommune");
			browser.press(browser.find("main").findElement(By.linkText(description)));
			assertThat(browser.driver().getPageSource()).doesNotContain(caseId).doesNotContain(family);
			accessible(browser, "Lücke für die Koordination");

			browser.go("/steering-meetings");
			accessible(browser, "Lenkungsgruppe");
			noBrowserValidation(browser);
			browser.press("main form button[type=submit]");
			assertThat(browser.find("#error-summary").getText()).contains("Sitzungstag", "Titel");
			accessible(browser, "Sitzung mit Fehlern");
			((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('on').value = '2026-12-10'");
			browser.find("#title").sendKeys("Lenkungsgruppe " + tag);
			browser.press("main form button[type=submit]");
			assertThat(browser.find("h1").getText()).isEqualTo("Lenkungsgruppe " + tag);
			accessible(browser, "Sitzung ohne Punkte");

			browser.find("#title").sendKeys("Sprachkurse mit Kinderbetreuung");
			String checkbox = browser.find("main").findElement(By.xpath("//label[starts-with(text(), '" + description + "')]"))
					.getAttribute("for");
			browser.find("#" + checkbox).click();
			browser.find("#decision").sendKeys("VHS richtet einen Kurs mit Kinderbetreuung in Mülheim ein");
			new Select(browser.find("#responsiblePartnerId")).selectByVisibleText("Volkshochschule Köln – Integrationskurse");
			browser.press("main form[action$='/items'] button[type=submit]");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Tagesordnungspunkt wurde hinzugefügt");
			assertThat(browser.find("main .kern-card").getText()).contains("TOP 1: Sprachkurse mit Kinderbetreuung", description,
					"in der Lenkungsgruppe");
			accessible(browser, "Sitzung mit Beschluss");

			browser.press(browser.find("main .kern-card").findElement(By.linkText(description)));
			assertThat(browser.find("#gap-status").getText()).isEqualTo("in der Lenkungsgruppe");
			new Select(browser.find("#status")).selectByVisibleText("behoben");
			browser.press("main form[action$='/status'] button[type=submit]");
			assertThat(browser.find("#error-summary").getText()).contains("Ergebnis");
			accessible(browser, "Lücke beheben ohne Ergebnis");
			browser.find("#resolution").sendKeys("Kurs startet im März mit 12 Plätzen");
			browser.press("main form[action$='/status'] button[type=submit]");
			assertThat(browser.find("#gap-status").getText()).isEqualTo("behoben");
			accessible(browser, "Lücke behoben");

			browser.go("/network/dashboard");
			assertThat(browser.find("main").getText()).contains("Offene Fälle nach Phase", "Strukturelle Lücken nach Status")
					.doesNotContain(family);
			accessible(browser, "Kommunales Dashboard");

			browser.go("/offers/new");
			accessible(browser, "Angebot anlegen");
			browser.go("/offers?q=" + tag);
			browser.press(browser.find("main").findElement(By.partialLinkText("Löschen")));
			assertThat(browser.find("main").getText()).contains("wirklich löschen");
			accessible(browser, "Angebot löschen bestätigen");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("gelöscht");
		}
	}

	private static void accessible(Browser browser, String state) {
		assertThat(browser.seriousAccessibilityViolations()).as(state).isEmpty();
	}

	private static void noBrowserValidation(Browser browser) {
		((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('main form').forEach(f => f.noValidate = true)");
	}
}
