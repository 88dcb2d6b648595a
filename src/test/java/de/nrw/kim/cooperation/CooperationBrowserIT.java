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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Record consent → refer → the partner logs in and accepts, in headless Chromium, with axe-core on
 * every new page and state (errors included).
 */
@KimIntegrationTest
class CooperationBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void consentThenReferralThenThePartnerAccepts() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		CooperationFixtures f = new CooperationFixtures(port);
		String[] c = f.openCase();
		String caseId = c[0];
		String clientId = c[1];
		String family = c[2];

		try (Browser browser = Browser.open(port)) {
			browser.login("cm.koeln");
			browser.go("/clients/" + clientId);
			assertThat(browser.find("section[aria-labelledby=client-consents]").getText()).contains("Noch keine Einwilligung");
			accessible(browser, "Klientenseite mit Einwilligungen");

			browser.go("/clients/" + clientId + "/consents");
			accessible(browser, "Einwilligungen leer");
			noBrowserValidation(browser);
			browser.press("#save-consent");
			assertThat(browser.find("#error-summary").getText()).contains("mindestens einen Empfänger", "Datenkategorie");
			accessible(browser, "Einwilligung mit Fehlern");

			WebElement jobcenter = browser.find("main").findElement(By.xpath("//label[text()='Jobcenter Köln']"));
			browser.find("#" + jobcenter.getAttribute("for")).click();
			browser.find("#category-BASIC").click();
			browser.find("#category-EDUCATION_WORK").click();
			browser.find("#purpose").sendKeys("Vermittlung in Arbeit");
			browser.press("#save-consent");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Einwilligung wurde gespeichert");
			assertThat(browser.find("main .kim-consent").getText()).contains("gültig", "Jobcenter Köln", "Stammdaten");
			accessible(browser, "Einwilligung gespeichert");

			browser.go("/cases/" + caseId + "/referrals");
			accessible(browser, "Vermittlungen leer");
			new Select(browser.find("#partnerId")).selectByVisibleText("Jobcenter Köln");
			browser.find("#category-BASIC").click();
			waitForText(browser, "#consent-check", "deckt die Übermittlung an Jobcenter Köln");
			browser.find("#category-HEALTH").click();
			waitForText(browser, "#consent-check", "Gesundheit");
			assertThat(browser.find("#consent-check").getText()).contains("Keine gültige Einwilligung");
			accessible(browser, "Vermittlung nicht gedeckt");
			browser.press("#send-referral");
			assertThat(browser.find("main .kern-alert--danger").getText()).contains("Es wurde nichts übermittelt");
			assertThat(browser.find("main").getText()).contains("Noch keine Vermittlungen.");
			accessible(browser, "Vermittlung abgelehnt mangels Einwilligung");
			browser.find("#category-HEALTH").click();
			waitForText(browser, "#consent-check", "deckt die Übermittlung");
			browser.find("#category-EDUCATION_WORK").click();
			browser.find("#educationWork").sendKeys("Ausbildung als Pflegehelferin in Syrien");
			browser.find("#health").sendKeys("Rückenleiden");
			waitForText(browser, "#consent-check", "deckt die Übermittlung");
			browser.press("#send-referral");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Vermittlung wurde gesendet");
			assertThat(browser.find("#referral-list").getText()).contains("Jobcenter Köln", "gesendet");
			accessible(browser, "Vermittlung gesendet");
		}

		try (Browser partner = Browser.open(port)) {
			partner.login("partner.jobcenter.koeln");
			assertThat(partner.find("main").getText()).contains("Neue Vermittlungen");
			accessible(partner, "Startseite des Partners");
			partner.press(partner.find("nav").findElement(By.linkText("Vermittlungen")));
			assertThat(partner.path()).startsWith("/referrals/incoming");
			accessible(partner, "Posteingang des Partners");
			partner.press(partner.find("main table").findElement(By.partialLinkText(family)));
			assertThat(partner.find("main").getText()).contains("Amina " + family, "Pflegehelferin").doesNotContain("Rückenleiden");
			accessible(partner, "Vermittlung beim Partner");
			partner.press("#accept");
			assertThat(partner.find("main .kern-alert--success").getText()).contains("Antwort wurde gespeichert");
			assertThat(partner.find("main dl").getText()).contains("angenommen");
			accessible(partner, "Vermittlung angenommen");
		}
		assertThat(ApiClient.as(port, "cm.koeln").get("/cases/" + caseId + "/referrals").json().get(0).path("status").asString())
				.isEqualTo("ACCEPTED");

		try (Browser admin = Browser.open(port)) {
			admin.login("admin.koeln");
			admin.press(admin.find("nav").findElement(By.linkText("Übermittlungsverzeichnis")));
			assertThat(admin.find("main table").getText()).contains("Jobcenter Köln", "Vermittlung");
			accessible(admin, "Übermittlungsverzeichnis");
		}

		try (Browser coordinator = Browser.open(port)) {
			coordinator.login("koord.koeln");
			coordinator.press(coordinator.find("nav").findElement(By.linkText("Netzwerkpartner")));
			assertThat(coordinator.find("main table").getText()).contains("Jobcenter Köln");
			accessible(coordinator, "Netzwerkpartner");
			coordinator.go("/partners/new");
			noBrowserValidation(coordinator);
			coordinator.press("main form button[type=submit]");
			assertThat(coordinator.find("#error-summary").getText()).contains("Bitte ausfüllen");
			accessible(coordinator, "Partner anlegen mit Fehlern");

			String name = "Kölner Tafel " + family;
			String partnerId = ApiClient.as(port, "koord.koeln").post("/partners", java.util.Map.of("name", name, "type", "WELFARE_ORG",
					"legalDomains", java.util.List.of("SGB_XII"))).text("id");
			coordinator.go("/partners/" + partnerId + "/edit");
			assertThat(coordinator.find("#name").getAttribute("value")).isEqualTo(name);
			accessible(coordinator, "Partner ändern");
			coordinator.find("#phone").sendKeys("0221 123456");
			coordinator.press("main form button[type=submit]");
			assertThat(coordinator.find("main .kern-alert--success").getText()).contains("Änderungen wurden gespeichert");
			assertThat(ApiClient.as(port, "koord.koeln").get("/partners/" + partnerId).text("phone")).isEqualTo("0221 123456");
		}
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
