package de.nrw.kim.retention;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The administrator's pages of the Löschkonzept and the restrictions, as a keyboard user sees them. */
@KimIntegrationTest
class RetentionBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void theAdministratorSetsThePeriodRunsADryRunAndReadsTheReport() throws Exception {
		assumeTrue(Browser.available(), "Chromium fehlt");
		try (Browser browser = Browser.open(port)) {
			browser.login("admin.koeln");
			browser.find("nav a[href='/admin/retention']").click();
			assertThat(browser.find("h1").getText()).isEqualTo("Löschkonzept");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			type(browser, "#retentionYears", "0");
			submit(browser, "form[action='/admin/retention/policy'] button[type=submit]", false);
			assertThat(browser.find("#retentionYears-error").getText()).contains("1 bis 30");
			assertThat(browser.find("#error-summary").getText()).contains("1 bis 30");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			type(browser, "#retentionYears", "3");
			submit(browser, "form[action='/admin/retention/policy'] button[type=submit]", false);
			assertThat(browser.find("[role=status]").getText()).contains("gespeichert");

			assertThat(browser.find("#dryRun").isSelected()).as("a dry run is the default").isTrue();
			submit(browser, "#retention-run", true);
			assertThat(browser.find("#last-run").getText()).contains("würde");
			assertThat(browser.find("#retention-runs").getText()).contains("Probelauf");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			assertThat(browser.find("a[href='/admin/retention/report.csv']").getText()).contains("CSV");
		}
	}

	@Test
	void theAdministratorRestrictsAPersonAndLiftsTheRestriction() throws Exception {
		assumeTrue(Browser.available(), "Chromium fehlt");
		String family = "Browsersperre-" + UUID.randomUUID().toString().substring(0, 6);
		String client = ApiClient.as(port, "cm.koeln")
				.post("/clients", Map.of("givenName", "Lina", "familyName", family, "gender", "FEMALE")).text("id");
		try (Browser browser = Browser.open(port)) {
			browser.login("admin.koeln");
			browser.find("nav a[href='/admin/restrictions']").click();
			assertThat(browser.find("h1").getText()).isEqualTo("Sperrungen");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			type(browser, "#clientId", "keine-kennung");
			submit(browser, "#restrict", true);
			assertThat(browser.find("#clientId-error").getText()).contains("Kennung");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			type(browser, "#clientId", client);
			type(browser, "#reason", "Richtigkeit bestritten (Art. 18 Abs. 1 lit. a DSGVO)");
			submit(browser, "#restrict", true);
			assertThat(browser.find("[role=status]").getText()).contains("gesperrt");
			assertThat(browser.find("#restrictions").getText()).contains(family, "Richtigkeit bestritten");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			assertThat(ApiClient.as(port, "cm.koeln").get("/clients/" + client).status()).isEqualTo(404);

			WebElement lift = browser.find("#restrictions form button[aria-label*='" + family + "']");
			submit(browser, lift, true);
			assertThat(browser.find("[role=status]").getText()).contains("aufgehoben");
			assertThat(browser.driver().findElements(By.cssSelector("#restrictions")).stream()
					.noneMatch(table -> table.getText().contains(family))).isTrue();
		}
		assertThat(ApiClient.as(port, "cm.koeln").get("/clients/" + client).status()).isEqualTo(200);
	}

	private static void type(Browser browser, String css, String text) {
		browser.find(css).clear();
		browser.find(css).sendKeys(text);
	}

	private static void submit(Browser browser, String css, boolean confirm) {
		submit(browser, browser.find(css), confirm);
	}

	/** Presses the button with the keyboard; with {@code confirm} the user accepts the question first. */
	private static void submit(Browser browser, WebElement button, boolean confirm) {
		WebElement page = browser.find("html");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
		button.sendKeys(Keys.ENTER);
		if (confirm) {
			new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
		}
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
		browser.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}
}
