package de.nrw.kim.network;

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
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The coordination of Münster writes a target group and a partner agreement with its signed PDF into
 * the KIM concept; a case manager taking on a client outside every target group sees a hint on the
 * case — and can go on. axe on every page.
 */
@KimIntegrationTest
class ConceptBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void theCoordinationKeepsTheConceptAndTheCaseManagerSeesTheHintAtIntake() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		ApiClient koord = ApiClient.as(port, "koord.muenster");
		Path pdf = Files.createTempFile("vereinbarung", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		try (Browser browser = Browser.open(port)) {
			browser.login("koord.muenster");
			browser.go("/kim-concept");
			assertThat(browser.find("h1").getText()).isEqualTo("KIM-Konzept der Kommune");
			accessible(browser, "KIM-Konzept");
			browser.press(browser.find("main").findElement(By.linkText("Zielgruppe anlegen")));
			accessible(browser, "Zielgruppe anlegen");
			noBrowserValidation(browser);
			browser.find("#name").sendKeys("Neu Zugewanderte " + tag);
			browser.find("#minAge").sendKeys("30");
			browser.find("#maxAge").sendKeys("20");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("#error-summary").getText()).contains("Höchstalter", "Quelle");
			assertThat(browser.find("#maxAge").getAttribute("aria-invalid")).isEqualTo("true");
			accessible(browser, "Zielgruppe mit Fehlern");
			browser.find("#minAge").clear();
			browser.find("#maxAge").clear();
			browser.find("#arrivedWithinYears").sendKeys("3");
			browser.find("#source").sendKeys("Handlungskonzept Münster, Kapitel 2");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Zielgruppe ist gespeichert");
			assertThat(browser.find("#target-groups").getText()).contains("Neu Zugewanderte " + tag,
					"eingereist in den letzten 3 Jahren", "Handlungskonzept Münster, Kapitel 2");
			accessible(browser, "KIM-Konzept mit Zielgruppe");

			browser.press(browser.find("main").findElement(By.linkText("Vereinbarung anlegen")));
			accessible(browser, "Vereinbarung anlegen");
			new Select(browser.find("#partnerId")).selectByIndex(1);
			browser.find("#title").sendKeys("Kooperationsvereinbarung " + tag);
			browser.find("#body").sendKeys("Feste Ansprechperson und Rückmeldung binnen zehn Tagen.");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("h1").getText()).isEqualTo("Kooperationsvereinbarung " + tag);
			accessible(browser, "Vereinbarung ohne Dokumente");
			browser.press("main form[enctype='multipart/form-data'] button[type=submit]");
			assertThat(browser.find("#error-summary").getText()).contains("PDF-Datei auswählen");
			accessible(browser, "Hochladen ohne Datei");
			browser.find("#file").sendKeys(pdf.toString());
			browser.press("main form[enctype='multipart/form-data'] button[type=submit]");
			assertThat(browser.find("main .kern-alert--success").getText()).contains("Dokument ist hochgeladen");
			assertThat(browser.find("main ul.kern-list").getText()).contains(pdf.getFileName().toString());
			accessible(browser, "Vereinbarung mit Dokument");
			browser.press(browser.find("main ul.kern-list").findElement(By.partialLinkText("Löschen")));
			assertThat(browser.find("main").getText()).contains("wirklich löschen");
			accessible(browser, "Dokument löschen bestätigen");
			browser.press("main form button[type=submit]");
			assertThat(browser.find("main").getText()).contains("Noch keine Dokumente.");
		}

		ApiClient cm = ApiClient.as(port, "cm.muenster");
		String outside = cm.post("/clients", Map.of("givenName", "Omid", "familyName", "Konzept-" + tag, "gender", "MALE",
				"birthDate", "1980-05-05", "arrivalDate", today.minusYears(8).toString())).text("id");
		String outsideCase = cm.post("/cases", Map.of("clientId", outside)).text("id");
		String inside = cm.post("/clients", Map.of("givenName", "Nadia", "familyName", "Konzept-" + tag, "gender", "FEMALE",
				"birthDate", "1995-01-01", "arrivalDate", today.minusYears(1).toString())).text("id");
		String insideCase = cm.post("/cases", Map.of("clientId", inside)).text("id");
		try (Browser browser = Browser.open(port)) {
			browser.login("cm.muenster");
			browser.go("/cases/" + outsideCase);
			String hint = browser.find("main .kern-alert--warning").getText();
			assertThat(hint).contains("Zielgruppe des KIM-Konzepts", "in keine Zielgruppe", "Neu Zugewanderte " + tag,
					"nur ein Hinweis");
			accessible(browser, "Fall mit Zielgruppenhinweis");
			browser.go("/cases/" + insideCase);
			assertThat(browser.find("main").getText()).doesNotContain("Zielgruppe des KIM-Konzepts");
			browser.go("/kim-concept");
			assertThat(browser.find("main").getText()).contains("Neu Zugewanderte " + tag).doesNotContain("Zielgruppe anlegen");
			accessible(browser, "KIM-Konzept für das Fallmanagement");
		} finally {
			koord.get("/kim-concept/target-groups").json().valueStream()
					.filter(g -> g.path("name").asString().endsWith(tag))
					.forEach(g -> koord.delete("/kim-concept/target-groups/" + g.path("id").asString()));
			koord.get("/kim-concept/agreements").json().valueStream()
					.filter(a -> a.path("title").asString().endsWith(tag))
					.forEach(a -> koord.delete("/kim-concept/agreements/" + a.path("id").asString()));
			Files.deleteIfExists(pdf);
		}
	}

	private static void accessible(Browser browser, String state) {
		assertThat(browser.seriousAccessibilityViolations()).as(state).isEmpty();
	}

	private static void noBrowserValidation(Browser browser) {
		((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('main form').forEach(f => f.noValidate = true)");
	}
}
