package de.nrw.kim.survey;

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

/** Issue 6 "Done when": a survey built and sent by the ministry, answered by Köln, evaluated — with axe on every page. */
@KimIntegrationTest
class SurveyBrowserIT {

	@LocalServerPort
	int port;

	@BeforeEach
	void needsChromium() {
		assumeTrue(Browser.available(), "Chromium und chromedriver sind nicht installiert");
	}

	static void accessible(Browser browser) {
		assertThat(browser.seriousAccessibilityViolations()).as("axe auf " + browser.path()).isEmpty();
	}

	static void check(Browser browser, String css) {
		WebElement element = browser.find(css);
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].scrollIntoView({block: 'center'}); arguments[0].checked = true;", element);
	}

	static void type(Browser browser, String css, String text) {
		WebElement element = browser.find(css);
		element.clear();
		element.sendKeys(text);
	}

	@Test
	void theMinistrySendsASurveyKoelnAnswersAndTheMinistryEvaluates() throws Exception {
		String surveyPath;
		try (Browser land = Browser.open(port)) {
			land.login("land");
			land.press("nav a[href='/surveys']");
			assertThat(land.find("#surveys").getText()).contains("Optimierungsbedarfe im KIM");
			accessible(land);
			land.press("#new-survey");
			accessible(land);
			land.press("#new-form button[type=submit]");
			assertThat(land.find("#error-summary").getText()).contains("Bitte einen Titel angeben");
			accessible(land);
			type(land, "#title", "Browsertest Fortbildung");
			land.press("#new-form button[type=submit]");
			assertThat(land.path()).endsWith("/edit");
			assertThat(land.find("#no-sections").isDisplayed()).isTrue();
			accessible(land);

			type(land, "#sectionTitle", "Qualifizierung");
			land.press("#section-form button[type=submit]");
			assertThat(land.find("[role=status]").getText()).contains("Abschnitt ist hinzugefügt");

			type(land, "#questionText", "Wie dringend ist Fortbildung?");
			check(land, "#required");
			type(land, "#options", "dringend");
			land.press("#question-form button[type=submit]");
			assertThat(land.find("#error-summary").getText()).contains("2 bis 20 verschiedene Antwortmöglichkeiten");
			accessible(land);
			type(land, "#options", "dringend\nmittelfristig\nnicht nötig");
			land.press("#question-form button[type=submit]");
			assertThat(land.find("[role=status]").getText()).contains("Frage ist hinzugefügt");

			new Select(land.find("#kind")).selectByValue("NUMBER");
			type(land, "#questionText", "Wie viele Fortbildungstage im Jahr?");
			type(land, "#min", "0");
			type(land, "#max", "30");
			land.press("#question-form button[type=submit]");
			assertThat(land.findAll("li[data-question]")).hasSize(2);
			land.press("li[data-question=q2] form button[type=submit]");
			assertThat(land.findAll("li[data-question]").get(0).getText()).contains("Fortbildungstage");
			accessible(land);

			check(land, "#recipients-chosen");
			check(land, "#municipalityKeys");
			check(land, "#m-05315");
			land.press("#send-form button[type=submit]");
			assertThat(land.path()).matches("/surveys/[0-9a-f-]{36}");
			surveyPath = land.path();
			assertThat(land.find("[role=status]").getText()).contains("an 2 Kommunen versandt");
			assertThat(land.find("#status tr[data-key='05315']").getAttribute("data-status")).isEqualTo("NOT_STARTED");
			accessible(land);
		}

		try (Browser koeln = Browser.open(port)) {
			koeln.login("koord.koeln");
			koeln.press("nav a[href='/surveys']");
			accessible(koeln);
			koeln.press(koeln.find("a[href='" + surveyPath + "/answer']"));
			accessible(koeln);
			type(koeln, "#q1", "99");
			koeln.press("#submit-answer");
			assertThat(koeln.find("#error-summary").getText()).contains("Die Zahl muss zwischen 0 und 30 liegen",
					"Bitte beantworten Sie diese Pflichtfrage");
			assertThat(koeln.find("#response-status").getText()).isEqualTo("nicht begonnen");
			accessible(koeln);
			type(koeln, "#q1", "4");
			koeln.press("#save-draft");
			assertThat(koeln.find("[role=status]").getText()).contains("Entwurf ist gespeichert");
			assertThat(koeln.find("#q1").getAttribute("value")).isEqualTo("4");
			check(koeln, "input[name=q2][value=dringend]");
			koeln.press("#submit-answer");
			assertThat(koeln.find("[role=status]").getText()).contains("Antwort ist abgegeben");
			assertThat(koeln.find("#response-status").getText()).isEqualTo("abgegeben");
			accessible(koeln);
		}

		try (Browser land = Browser.open(port)) {
			land.login("land");
			land.go(surveyPath);
			assertThat(land.find("#count-submitted").getText()).isEqualTo("1 von 2 Kommunen");
			assertThat(land.find("#status tr[data-key='05315']").getAttribute("data-status")).isEqualTo("SUBMITTED");
			assertThat(land.find("#table-q2").getText()).contains("dringend 1 100,0", "nicht nötig 0 0,0");
			assertThat(land.find("#chart-q2 rect").getAttribute("width")).isEqualTo("360");
			assertThat(land.find("#figures-q1").getText()).contains("4,00");
			accessible(land);
		}
	}

	@Test
	void theDemoSurveyIsEvaluatedWithChartsTablesAndFreeTexts() throws Exception {
		try (Browser land = Browser.open(port)) {
			land.login("land");
			land.go("/surveys");
			land.press(land.find("a[aria-label='Befragung „Optimierungsbedarfe im KIM“ auswerten']"));
			assertThat(land.findAll("figure.kim-chart svg[role=img]")).hasSizeGreaterThanOrEqualTo(5);
			assertThat(land.find("#texts-q8").getText()).contains("Köln", "landesweiter Austausch");
			assertThat(land.find("#status tr[data-key='05515']").getAttribute("data-status")).isEqualTo("DRAFT");
			accessible(land);
		}
	}
}
