package de.nrw.kim.residence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Residence in headless Chromium: record, correct and delete statuses with field errors, the facts
 * form, the perspective hints with their disclaimer, deadlines, reminders and the ABH worklist —
 * axe-core on every page and state.
 */
@KimIntegrationTest
class ResidenceBrowserIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

	@LocalServerPort
	int port;

	@Test
	void aCaseManagerKeepsTheResidenceHistoryAndTheAbhSeesTheExpiry() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		String familyName = "Aufenthalt-" + UUID.randomUUID().toString().substring(0, 6);
		String clientId = ApiClient.as(port, "cm.koeln").post("/clients", Map.of("givenName", "Samir", "familyName", familyName,
				"gender", "MALE", "birthDate", "1988-02-03", "arrivalDate", "2016-09-01")).text("id");
		String residence = "/clients/" + clientId + "/residence";

		try (Browser browser = Browser.open(port)) {
			browser.login("cm.koeln");
			browser.go("/clients/" + clientId);
			assertThat(browser.find("section[aria-labelledby=client-residence]").getText())
					.contains("Kein aktueller Aufenthaltsstatus erfasst.");
			accessible(browser, "Klientenseite ohne Status");

			browser.go(residence);
			assertThat(browser.find("h1").getText()).isEqualTo("Aufenthalt: Samir " + familyName);
			assertThat(browser.find("main").getText()).contains("Hilfe zur Prüfung – keine Entscheidung")
					.contains("Noch kein Aufenthaltsstatus erfasst.");
			accessible(browser, "Aufenthalt leer");

			// until before from is refused at the field
			skipBrowserValidation(browser);
			new Select(browser.find("#type")).selectByValue("DULDUNG");
			setDate(browser, "#validFrom", LocalDate.of(2018, 1, 1));
			setDate(browser, "#validUntil", LocalDate.of(2017, 1, 1));
			submit(browser);
			assertThat(browser.find("#validUntil").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.find("#error-summary").getText()).contains("„Gültig bis“ muss nach „Gültig ab“ liegen.");
			accessible(browser, "Status mit Fehler");

			new Select(browser.find("#type")).selectByValue("GESTATTUNG");
			setDate(browser, "#validFrom", LocalDate.of(2016, 9, 1));
			setDate(browser, "#validUntil", LocalDate.of(2017, 12, 31));
			submit(browser);
			assertThat(successMessage(browser)).isEqualTo("Der Aufenthaltsstatus wurde gespeichert.");
			new Select(browser.find("#type")).selectByValue("DULDUNG");
			setDate(browser, "#validFrom", LocalDate.of(2018, 1, 1));
			setDate(browser, "#validUntil", TODAY.plusDays(20));
			browser.find("#issuingOffice").sendKeys("Stadt Köln – Ausländerbehörde");
			submit(browser);
			assertThat(successMessage(browser)).isEqualTo("Der Aufenthaltsstatus wurde gespeichert.");
			String hints = browser.find("section[aria-labelledby=hints-heading]").getText();
			assertThat(hints).contains("§ 25b AufenthG (nachhaltige Integration)").contains("prüfen")
					.contains("Rechtsquelle").contains("Regelfassung: 25b-2022-12-31");
			accessible(browser, "Aufenthalt mit Hinweisen");

			// correct the Duldung
			browser.findAll("main table a").stream().filter(a -> a.getText().startsWith("Ändern")).reduce((a, b) -> b)
					.ifPresent(browser::press);
			assertThat(browser.find("h1").getText()).startsWith("Aufenthaltsstatus ändern");
			accessible(browser, "Status ändern");
			browser.find("#conditions").sendKeys("Wohnsitzauflage Köln; Beschäftigung erlaubt");
			submit(browser);
			assertThat(successMessage(browser)).isEqualTo("Die Änderung wurde gespeichert.");
			assertThat(browser.find("main table").getText()).contains("Wohnsitzauflage Köln");

			// facts: a level without its date is refused, then saved
			new Select(browser.find("#languageLevel")).selectByValue("A2");
			submitIn(browser, "#facts form");
			assertThat(browser.find("#languageLevelOn").getAttribute("aria-invalid")).isEqualTo("true");
			accessible(browser, "Angaben mit Fehler");
			new Select(browser.find("#languageLevel")).selectByValue("A2");
			setDate(browser, "#languageLevelOn", LocalDate.of(2024, 4, 1));
			new Select(browser.find("#livelihoodSecured")).selectByValue("YES");
			new Select(browser.find("#minorChildren")).selectByValue("NO");
			new Select(browser.find("#criminalRecord")).selectByValue("NONE");
			submitIn(browser, "#facts form");
			assertThat(successMessage(browser)).isEqualTo("Die Angaben wurden gespeichert.");
			assertThat(browser.find("section[aria-labelledby=hints-heading]").getText()).contains("voraussichtlich erfüllt");

			// delete the Gestattung after confirmation; it stays in the history
			browser.findAll("main table a").stream().filter(a -> a.getText().startsWith("Löschen")).findFirst()
					.ifPresent(browser::press);
			assertThat(browser.find("h1").getText()).isEqualTo("Aufenthaltsstatus löschen?");
			accessible(browser, "Löschen bestätigen");
			submit(browser);
			assertThat(successMessage(browser)).contains("gelöscht");
			assertThat(browser.find("main").getAttribute("textContent")).contains("gelöscht – Aufenthaltsgestattung");

			browser.go("/deadlines");
			assertThat(browser.find("main table").getText()).contains("Samir " + familyName)
					.contains(TODAY.plusDays(20).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
			accessible(browser, "Fristen");
			browser.go("/residence/notifications");
			accessible(browser, "Erinnerungen");
			browser.go("/");
			assertThat(browser.find("section[aria-labelledby=start-residence]").getText()).contains("Erinnerungen");
			accessible(browser, "Startseite");
			browser.go("/clients/" + clientId);
			assertThat(browser.find("section[aria-labelledby=client-residence]").getText()).contains("Duldung");
		}

		try (Browser browser = Browser.open(port)) {
			browser.login("abh.koeln");
			browser.go("/residence/worklist");
			assertThat(browser.find("main table").getText()).contains("Samir " + familyName).contains("§ 25b");
			accessible(browser, "Arbeitsliste ABH");
			browser.go(residence);
			assertThat(browser.find("h1").getText()).isEqualTo("Aufenthalt: Samir " + familyName);
			accessible(browser, "Aufenthalt aus Sicht der ABH");
			browser.go("/clients/" + clientId);
			assertThat(browser.find("main").getText()).doesNotContain("Samir " + familyName);
		}
	}

	private static void accessible(Browser browser, String state) {
		assertThat(browser.seriousAccessibilityViolations()).as(state).isEmpty();
	}

	private static void submit(Browser browser) {
		submitIn(browser, "main form");
	}

	private static void submitIn(Browser browser, String form) {
		skipBrowserValidation(browser);
		browser.press(form + " button[type=submit]");
	}

	private static String successMessage(Browser browser) {
		return browser.find("main .kern-alert--success").getText();
	}

	private static void skipBrowserValidation(Browser browser) {
		((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('main form').forEach(f => f.noValidate = true)");
	}

	private static void setDate(Browser browser, String css, LocalDate date) {
		WebElement input = browser.find(css);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, date.toString());
	}
}
