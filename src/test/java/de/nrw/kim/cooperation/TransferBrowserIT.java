package de.nrw.kim.cooperation;

import java.time.Duration;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static de.nrw.kim.cooperation.CooperationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole cooperation walk in headless Chromium: consent (naming the Jobcenter and Münster) → referral →
 * the partner accepts → case conference → decision → the Köln case manager requests the transfer → the
 * Münster case manager declines nothing, confirms and accepts → Köln no longer finds the person; axe-core
 * on every new page and state.
 */
@KimIntegrationTest
class TransferBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void fromConsentToATransferTheReceivingMunicipalityAccepts() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		CooperationFixtures f = new CooperationFixtures(port);
		String[] c = f.openCase();
		String caseId = c[0];
		String clientId = c[1];
		String family = c[2];

		try (Browser koeln = Browser.open(port)) {
			koeln.login("cm.koeln");
			koeln.go("/cases/" + caseId + "/transfers");
			assertThat(koeln.find("main").getText()).contains("Keine gültige Einwilligung nennt eine andere Kommune",
					"noch keine Übergabe angefragt");
			accessible(koeln, "Übergabe ohne Einwilligung");

			koeln.go("/clients/" + clientId + "/consents");
			check(koeln, "Jobcenter Köln");
			koeln.find("#category-BASIC").click();
			koeln.find("#category-EDUCATION_WORK").click();
			koeln.find("#municipalityKeys").sendKeys("05515");
			koeln.find("#purpose").sendKeys("Vermittlung in Arbeit und Übergabe bei Umzug nach Münster");
			koeln.press("#save-consent");
			assertThat(koeln.find("main .kern-alert--success").getText()).contains("Einwilligung wurde gespeichert");

			koeln.go("/cases/" + caseId + "/referrals");
			new Select(koeln.find("#partnerId")).selectByVisibleText("Jobcenter Köln");
			koeln.find("#category-BASIC").click();
			waitForText(koeln, "#consent-check", "deckt die Übermittlung an Jobcenter Köln");
			koeln.press("#send-referral");
			assertThat(koeln.find("main .kern-alert--success").getText()).contains("Vermittlung wurde gesendet");
		}

		try (Browser partner = Browser.open(port)) {
			partner.login("partner.jobcenter.koeln");
			partner.go("/referrals/incoming");
			partner.press(partner.find("main table").findElement(By.partialLinkText(family)));
			partner.press("#accept");
			assertThat(partner.find("main dl").getText()).contains("angenommen");
		}

		try (Browser koeln = Browser.open(port)) {
			koeln.login("cm.koeln");
			koeln.go("/cases/" + caseId + "/conferences");
			check(koeln, "Jobcenter Köln");
			koeln.find("#category-BASIC").click();
			waitForText(koeln, "#conference-check", "deckt die Übermittlung an Jobcenter Köln");
			koeln.find("#agenda").sendKeys("Arbeitsaufnahme und Umzug nach Münster");
			koeln.press("#hold-conference");
			assertThat(koeln.find("main .kern-alert--success").getText()).contains("Fallkonferenz wurde angelegt");
			koeln.find("#text").sendKeys("Anmeldung beim Jobcenter Münster nach dem Umzug");
			koeln.find("#responsible").sendKeys("Fallmanagement");
			((JavascriptExecutor) koeln.driver()).executeScript("document.getElementById('dueOn').value = arguments[0]",
					today().plusDays(30).toString());
			koeln.press("#add-decision");
			assertThat(koeln.find("main .kern-alert--success").getText()).contains("Wiedervorlage");

			koeln.go("/cases/" + caseId);
			assertThat(koeln.find("section[aria-labelledby=case-transfer]").getText()).contains("Übergabe");
			koeln.press(koeln.find("main").findElement(By.linkText("Übergabe an eine andere Kommune")));
			assertThat(koeln.find("#named-municipalities").getText()).contains("Münster", "Stammdaten");
			accessible(koeln, "Übergabe anfragen");
			noBrowserValidation(koeln);
			koeln.press("#request-transfer");
			assertThat(koeln.find("#error-summary").getText()).contains("Kreisschlüssel");
			accessible(koeln, "Übergabe mit Fehler");
			new Select(koeln.find("#toMunicipalityKey")).selectByVisibleText("Bonn");
			waitForText(koeln, "#transfer-check", "Keine gültige Einwilligung nennt Bonn");
			accessible(koeln, "Übergabe nicht gedeckt");
			koeln.press("#request-transfer");
			assertThat(koeln.find("main .kern-alert--danger").getText()).contains("Bonn", "nichts übermittelt");
			new Select(koeln.find("#toMunicipalityKey")).selectByVisibleText("Münster");
			waitForText(koeln, "#transfer-check", "Eine gültige Einwilligung nennt Münster");
			koeln.press("#request-transfer");
			assertThat(koeln.find("main .kern-alert--success").getText()).contains("Übergabe wurde angefragt");
			assertThat(koeln.find("#transfer-list").getText()).contains("Münster", "offen");
			accessible(koeln, "Übergabe angefragt");
		}

		String newCase;
		try (Browser muenster = Browser.open(port)) {
			muenster.login("cm.muenster");
			assertThat(muenster.find("main").getText()).contains("Eingehende Übergaben", "Amina " + family + " aus Köln");
			accessible(muenster, "Startseite mit Übergabe");
			muenster.press(muenster.find("nav").findElement(By.linkText("Übergaben")));
			assertThat(muenster.path()).startsWith("/transfers/incoming");
			accessible(muenster, "Eingehende Übergaben");
			muenster.press(muenster.find("#incoming-transfers").findElement(By.partialLinkText(family)));
			assertThat(muenster.find("main dl").getText()).contains("Köln", "offen", "Amina " + family, "12.04.1990");
			accessible(muenster, "Eingehende Übergabe");
			noBrowserValidation(muenster);
			muenster.press("#decline");
			assertThat(muenster.find("#error-summary").getText()).contains("begründen");
			accessible(muenster, "Ablehnen ohne Begründung");

			muenster.press("#accept");
			assertThat(muenster.find("main").getText()).contains("Übergabe annehmen?", "nicht rückgängig");
			accessible(muenster, "Bestätigung vor dem Annehmen");
			muenster.press("#confirm-accept");
			assertThat(muenster.find("main .kern-alert--success").getText()).contains("Übergabe wurde angenommen");
			assertThat(muenster.find("main h1").getText()).contains(family);
			assertThat(muenster.find("#transferred-from").getText()).contains("Übernommen aus Köln");
			accessible(muenster, "Übernommener Fall");
			newCase = muenster.path().replaceAll("^/cases/([^/?]+).*$", "$1");
			muenster.go("/cases/" + newCase + "/follow-ups");
			assertThat(muenster.find("main").getText()).contains("Anmeldung beim Jobcenter Münster");
		}

		try (Browser koeln = Browser.open(port)) {
			koeln.login("cm.koeln");
			koeln.go("/clients/" + clientId);
			assertThat(koeln.find("main").getText()).doesNotContain(family);
			koeln.go("/cases/" + caseId);
			assertThat(koeln.find("#transferred-to").getText()).contains("Übergeben an Münster");
			assertThat(koeln.find("main").getText()).doesNotContain(family);
			accessible(koeln, "Abgeschlossener Fall nach der Übergabe");
		}
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		assertThat(cm.get("/clients/" + clientId).status()).isEqualTo(404);
		assertThat(cm.get("/cases/" + caseId).text("closureReason")).isEqualTo("TRANSFERRED");
		ApiClient muensterApi = ApiClient.as(port, "cm.muenster");
		assertThat(muensterApi.get("/cases/" + newCase).text("transferredFrom")).isEqualTo(caseId);
		assertThat(muensterApi.get("/clients/" + clientId + "/export").json().toString()).contains("TRANSFER", "CONFERENCE",
				"REFERRAL");
	}

	private static void check(Browser browser, String label) {
		WebElement box = browser.find("main").findElement(By.xpath("//label[text()='" + label + "']"));
		browser.find("#" + box.getAttribute("for")).click();
	}

	private static void accessible(Browser browser, String state) {
		assertThat(browser.seriousAccessibilityViolations()).as(state).isEmpty();
	}

	private static void noBrowserValidation(Browser browser) {
		((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('main form').forEach(f => f.noValidate = true)");
	}

	private static void waitForText(Browser browser, String css, String text) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}
}
