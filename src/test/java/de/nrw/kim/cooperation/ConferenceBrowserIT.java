package de.nrw.kim.cooperation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static de.nrw.kim.cooperation.CooperationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Consent → referral → the partner accepts (API), then in headless Chromium: the case conference with
 * its live consent check per partner, minutes and a decision that appears as a follow-up on the case;
 * axe-core on every new page and state.
 */
@KimIntegrationTest
class ConferenceBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void afterAnAcceptedReferralTheCaseManagerHoldsAConferenceAndRecordsADecision() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		CooperationFixtures f = new CooperationFixtures(port);
		String[] c = f.openCase();
		String caseId = c[0];
		f.consent(c[1], List.of(f.jobcenter()), List.of("BASIC", "EDUCATION_WORK"), today(), null);
		String referral = f.refer(caseId, f.jobcenter(), "SGB_II", List.of("BASIC")).text("id");
		assertThat(f.partnerUser().patch("/referrals/" + referral, Map.of("status", "ACCEPTED")).status()).isEqualTo(200);

		try (Browser browser = Browser.open(port)) {
			browser.login("cm.koeln");
			browser.go("/clients/" + c[1]);
			browser.press(browser.find("main").findElement(By.partialLinkText("Fallkonferenzen zum Fall")));
			assertThat(browser.find("main").getText()).contains("Noch keine Fallkonferenzen.");
			accessible(browser, "Fallkonferenzen leer");

			noBrowserValidation(browser);
			browser.press("#hold-conference");
			assertThat(browser.find("#error-summary").getText()).contains("mindestens einen Partner", "Tagesordnung");
			accessible(browser, "Fallkonferenz mit Fehlern");

			check(browser, "Jobcenter Köln");
			browser.find("#category-BASIC").click();
			waitForText(browser, "#conference-check", "deckt die Übermittlung an Jobcenter Köln");
			check(browser, "Stadt Köln – Ausländerbehörde");
			waitForText(browser, "#conference-check", "Keine gültige Einwilligung deckt die Übermittlung an Stadt Köln – Ausländerbehörde");
			accessible(browser, "Fallkonferenz teilweise nicht gedeckt");
			browser.find("#agenda").sendKeys("Arbeitsaufnahme abstimmen");
			browser.find("#internalParticipants").sendKeys("Frau Yilmaz (Koordination)");
			browser.press("#hold-conference");
			assertThat(browser.find("main .kern-alert--danger").getText()).contains("Ausländerbehörde", "nichts übermittelt");
			assertThat(browser.find("main").getText()).contains("Noch keine Fallkonferenzen.");

			check(browser, "Stadt Köln – Ausländerbehörde");
			browser.waitFor(d -> !d.findElement(By.id("conference-check")).getText().contains("Keine gültige"));
			browser.press("#hold-conference");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Fallkonferenz wurde angelegt");
			assertThat(browser.find("#participants").getText()).contains("Jobcenter Köln (Netzwerkpartner)", "Frau Yilmaz");
			accessible(browser, "Fallkonferenz angelegt");

			browser.find("#minutes").sendKeys("Frau " + c[2] + " beginnt im März den Berufssprachkurs.");
			browser.press("#save-minutes");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Protokoll wurde gespeichert");
			assertThat(browser.find("main details").getAttribute("textContent")).contains("Fassung 1", "Berufssprachkurs");

			browser.press("#add-decision");
			assertThat(browser.find("#error-summary").getText()).contains("Beschluss", "verantwortlich", "Datum");
			accessible(browser, "Beschluss mit Fehlern");
			browser.find("#text").sendKeys("Anmeldung zum Berufssprachkurs");
			browser.find("#responsible").sendKeys("Jobcenter Köln");
			String due = today().plusDays(21).toString();
			((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('dueOn').value = arguments[0]", due);
			browser.press("#add-decision");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Wiedervorlage");
			assertThat(browser.find("#decision-list").getText()).contains("Anmeldung zum Berufssprachkurs", "Jobcenter Köln");
			accessible(browser, "Beschluss gespeichert");
		}
		assertThat(ApiClient.as(port, "cm.koeln").get("/cases/" + caseId + "/follow-ups").json().valueStream()
				.anyMatch(u -> u.path("title").asString().contains("Anmeldung zum Berufssprachkurs"))).isTrue();
	}

	private static void check(Browser browser, String label) {
		WebElement partner = browser.find("main").findElement(By.xpath("//label[text()='" + label + "']"));
		browser.find("#" + partner.getAttribute("for")).click();
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
