package de.nrw.kim.platform.security;

import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** "Mein Konto" as an administrator sees it: reachable from the header, accessible with and without errors. */
@KimIntegrationTest
class AccountBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void theAccountPageShowsPasswordRulesAndTheQrCodeAccessibly() throws Exception {
		assumeTrue(Browser.available(), "Chromium fehlt");
		try (Browser browser = Browser.open(port)) {
			browser.login("admin.koeln");
			browser.press(".kim-header__user a");
			assertThat(browser.path()).isEqualTo("/account");
			assertThat(browser.find("h1").getText()).isEqualTo("Mein Konto");
			assertThat(browser.find("img[src='/account/two-factor/qr.svg']").getAttribute("naturalWidth"))
					.as("das QR-Bild lädt (CSP img-src 'self')").isNotEqualTo("0");
			assertThat(browser.find("#totp-secret").getText()).matches("[A-Z2-7 ]{39}");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			browser.find("#code").sendKeys("000000");
			browser.press("form[action='/account/two-factor'] button[type=submit]");
			assertThat(browser.find("#code-error").getText()).contains("Der Code stimmt nicht");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			browser.find("#currentPassword").sendKeys("falsch");
			browser.find("#newPassword").sendKeys("kurz");
			browser.find("#repeatPassword").sendKeys("kurz");
			browser.press("form[action='/account/password'] button[type=submit]");
			browser.waitFor(d -> !d.findElements(By.id("currentPassword-error")).isEmpty());
			assertThat(browser.find("#currentPassword-error").getText()).contains("bisherige Passwort stimmt nicht");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}
	}
}
