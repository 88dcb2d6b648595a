package de.nrw.kim.client;

import java.time.Duration;

import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A case manager searches, creates a client, is warned of a duplicate and opens the client page. */
@KimIntegrationTest
class ClientPagesBrowserIT {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void open() throws Exception {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		browser = Browser.open(port).login("cm.koeln");
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void searchCreateDuplicateWarningAndClientPage() {
		String given = TestNames.unique().latin();

		browser.find("nav a[href='/clients']").click();
		assertThat(browser.path()).isEqualTo("/clients");
		assertThat(browser.find("label[for=q]").getText()).isEqualTo("Name suchen");
		assertThat(browser.seriousAccessibilityViolations()).as("Suchseite").isEmpty();

		search(given + " Meier");
		assertThat(browser.find("#client-results").getText()).contains("Keine Treffer");
		assertThat(browser.seriousAccessibilityViolations()).as("leeres Suchergebnis").isEmpty();

		press("#client-results a[href='/clients/new']");
		press("main form button.kern-btn--primary");
		assertThat(browser.find(".kern-alert--danger").getText()).contains("Bitte korrigieren");
		assertThat(browser.find("#givenName").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find("#givenName").getAttribute("aria-describedby")).contains("givenName-error");
		assertThat(browser.seriousAccessibilityViolations()).as("Formular mit Fehlern").isEmpty();
		screenshot("client-new-errors");

		fill(given, "Meier", "1985-03-02");
		browser.find("#nationalities").sendKeys("UKR, deu");
		press("main form button.kern-btn--primary");
		browser.waitFor(d -> d.getCurrentUrl().matches(".*/clients/[0-9a-f-]{36}$"));
		String firstPath = browser.path();
		assertThat(browser.find("[role=status]").getText()).contains("angelegt");
		assertThat(browser.find("h1").getText()).isEqualTo(given + " Meier");
		assertThat(browser.find("main").getText()).contains("Ukraine (UKR)", "Deutschland (DEU)");
		assertThat(browser.seriousAccessibilityViolations()).as("Klientenseite").isEmpty();
		screenshot("client-page");

		browser.go("/clients/new");
		fill(given, "Mayer", "1985");
		press("main form button.kern-btn--primary");
		WebElement warning = browser.find("#duplicate-warning");
		assertThat(warning.getText()).contains("Meier, " + given, "geb. 02.03.1985");
		assertThat(warning.findElement(By.cssSelector("a")).getAttribute("href")).endsWith(firstPath);
		assertThat(browser.seriousAccessibilityViolations()).as("Dublettenwarnung").isEmpty();
		screenshot("client-duplicate-warning");
		press("button[name=confirmDuplicate]");
		browser.waitFor(d -> d.getCurrentUrl().matches(".*/clients/[0-9a-f-]{36}$") && !d.getCurrentUrl().endsWith(firstPath));
		assertThat(browser.find("h1").getText()).isEqualTo(given + " Mayer");

		search(given + " Meier");
		assertThat(browser.findAll("#client-results tbody tr")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(browser.find("#client-search-status").getText()).contains("Treffer");
		assertThat(browser.seriousAccessibilityViolations()).as("Suchergebnis").isEmpty();
		screenshot("client-search-results");
		press("#client-results tbody tr a");
		browser.waitFor(d -> d.getCurrentUrl().endsWith(firstPath));
		assertThat(browser.find("h1").getText()).isEqualTo(given + " Meier");
	}

	@Test
	void resultsFollowTheTypingWithHtmx() {
		String given = TestNames.unique().latin();
		browser.go("/clients/new");
		fill(given, "Kowalczyk", "1970");
		press("main form button.kern-btn--primary");
		browser.waitFor(d -> d.getCurrentUrl().matches(".*/clients/[0-9a-f-]{36}$"));
		browser.go("/clients");
		browser.find("#q").sendKeys(given);
		browser.waitFor(d -> d.findElement(By.id("client-results")).getText().contains(given));
		assertThat(browser.path()).startsWith("/clients?q=");
		assertThat(browser.find("#client-search-status").getText()).contains("Treffer");
	}

	@Test
	void aStaleEditSaysSoAndKeepsTheInput() {
		String given = TestNames.unique().latin();
		browser.go("/clients/new");
		fill(given, "Wagner", null);
		press("main form button.kern-btn--primary");
		browser.waitFor(d -> d.getCurrentUrl().matches(".*/clients/[0-9a-f-]{36}$"));
		String path = browser.path();
		browser.find("summary").sendKeys(Keys.ENTER);
		// someone else saves in between (a second tab)
		browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
		browser.go(path);
		browser.find("summary").sendKeys(Keys.ENTER);
		browser.find("#phone").sendKeys("0221 123");
		press("main details form button.kern-btn--primary");
		browser.waitFor(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("gespeichert"));
		browser.driver().close();
		browser.driver().switchTo().window(browser.driver().getWindowHandles().iterator().next());
		browser.find("#phone").sendKeys("0221 999");
		press("main details form button.kern-btn--primary");
		assertThat(browser.find("details .kern-alert--danger").getText()).contains("inzwischen geändert");
		assertThat(browser.find("#phone").getAttribute("value")).isEqualTo("0221 999");
		assertThat(browser.seriousAccessibilityViolations()).as("veraltete Version").isEmpty();
		screenshot("client-stale-version");
	}

	/** Activates a button or link from the keyboard, as keyboard users do (and nothing can cover it). */
	private void press(String css) {
		browser.find(css).sendKeys(Keys.ENTER);
	}

	private void screenshot(String name) {
		byte[] png = ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
		try {
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
			java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", name + ".png"), png);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private void search(String text) {
		browser.go("/clients");
		WebElement q = browser.find("#q");
		q.clear();
		q.sendKeys(text);
		press("form[role=search] button[type=submit]");
		browser.waitFor(d -> d.getCurrentUrl().contains("q="));
		browser.waitFor(d -> !d.findElement(By.id("client-results")).getText().isBlank());
	}

	private void fill(String given, String family, String birthDate) {
		browser.find("#givenName").sendKeys(given);
		browser.find("#familyName").sendKeys(family);
		if (birthDate != null) {
			browser.find("#birthDate").sendKeys(birthDate);
		}
		new Select(browser.find("#gender")).selectByValue("FEMALE");
	}
}
