package de.nrw.kim.platform;

import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@KimIntegrationTest
class UserAdministrationBrowserIT {

	@LocalServerPort
	int port;

	/** Types into an empty field: Chromium may have filled a saved password in already. */
	private static void type(Browser browser, String css, String text) {
		browser.find(css).clear();
		browser.find(css).sendKeys(text);
	}

	/** Submits the create form the way a keyboard user does: Enter in its last field. */
	private static void submit(Browser browser) {
		browser.find("#password").sendKeys(org.openqa.selenium.Keys.ENTER);
	}

	@Test
	void theAdministratorCreatesAnAccountThroughThePagesWhichAreAccessible() throws Exception {
		assumeTrue(Browser.available(), "Chromium fehlt");
		try (Browser browser = Browser.open(port)) {
			browser.login("admin.koeln");
			browser.find("nav a[href='/admin/users']").click();
			assertThat(browser.find("h1").getText()).isEqualTo("Benutzerverwaltung");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			browser.find("#username").sendKeys("cm.browser");
			browser.find("#displayName").sendKeys("Browser Test");
			type(browser, "#password", "kurz");
			submit(browser);
			browser.waitFor(d -> !d.findElements(By.id("password-error")).isEmpty());
			assertThat(browser.find("#password-error").getText()).contains("mindestens 12 Zeichen");
			assertThat(browser.find("#organisationId-error").getText()).contains("Organisation");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			type(browser, "#password", "ein-sehr-langes-passwort");
			new org.openqa.selenium.support.ui.Select(browser.find("#organisationId")).selectByIndex(1);
			submit(browser);
			browser.waitFor(d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty());
			assertThat(browser.find("[role=status]").getText()).contains("angelegt");
			assertThat(browser.find("h1").getText()).contains("cm.browser");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			browser.go("/admin/organisations");
			assertThat(browser.driver().findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}
	}
}
