package de.nrw.kim.platform;

import java.io.IOException;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The login form of API.md "The web UI", driven in headless Chromium, checked with axe-core. */
@KimIntegrationTest
class LoginBrowserIT {

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeEach
	void startLoggedOut() throws IOException {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		if (browser == null) {
			browser = Browser.open(port);
		}
		browser.go("/login").driver().manage().deleteAllCookies();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	private void submit(String username, String password) {
		browser.go("/login");
		browser.driver().findElement(By.name("username")).sendKeys(username);
		browser.driver().findElement(By.name("password")).sendKeys(password);
		browser.find("main form button[type=submit]").click();
	}

	@Nested
	class TheLoginPage {

		@Test
		void offersUsernamePasswordAndASubmitButtonInGerman() {
			browser.go("/login");
			assertThat(browser.find("html").getAttribute("lang")).isEqualTo("de");
			assertThat(browser.find("h1").getText()).isEqualTo("Anmelden");
			assertThat(browser.find("form input[name=username]").getAttribute("type")).isEqualTo("text");
			assertThat(browser.find("form input[name=password]").getAttribute("type")).isEqualTo("password");
			assertThat(browser.find("form button[type=submit]").getText()).isEqualTo("Anmelden");
		}

		@Test
		void labelsEveryInput() {
			browser.go("/login");
			assertThat(browser.find("label[for=username]").getText()).isEqualTo("Benutzername");
			assertThat(browser.find("label[for=password]").getText()).isEqualTo("Passwort");
		}

		@Test
		void hasNoSeriousAccessibilityViolation() {
			browser.go("/login");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}

		@Test
		void showsNoMainNavigationBeforeLogin() {
			browser.go("/login");
			assertThat(browser.findAll("nav")).isEmpty();
		}

		@Test
		void isWherePagesSendAnonymousVisitors() {
			browser.go("/");
			browser.waitFor(driver -> driver.getCurrentUrl().contains("/login"));
			assertThat(browser.path()).isEqualTo("/login");
		}

		@Test
		void looksLikeAKernUxPage() {
			browser.go("/login");
			assertThat(browser.find("button[type=submit]").getCssValue("background-color"))
					.as("KERN UX styles the primary button").isNotEqualTo("rgba(0, 0, 0, 0)");
			assertThat(browser.find("body").getCssValue("font-family")).contains("Fira Sans");
			Screenshots.save(browser, "login");
		}
	}

	@Nested
	class AWrongPassword {

		@Test
		void isRejectedWithAGermanMessage() {
			submit("cm.koeln", "falsch");
			browser.waitFor(driver -> driver.getCurrentUrl().contains("error"));
			assertThat(browser.path()).isEqualTo("/login?error");
			assertThat(browser.find("[role=alert]").getText())
					.contains("Anmeldung fehlgeschlagen")
					.contains("Benutzername oder Passwort stimmen nicht.");
			assertThat(browser.findAll("form input[name=password]")).hasSize(1);
		}

		@Test
		void leavesAPageWithoutSeriousAccessibilityViolation() {
			submit("cm.koeln", "falsch");
			browser.waitFor(driver -> driver.getCurrentUrl().contains("error"));
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			Screenshots.save(browser, "login-failed");
		}

		@Test
		void doesNotLetTheUserIn() {
			submit("cm.koeln", "falsch");
			browser.waitFor(driver -> driver.getCurrentUrl().contains("error"));
			browser.go("/");
			browser.waitFor(driver -> driver.getCurrentUrl().contains("/login"));
			assertThat(browser.path()).isEqualTo("/login");
		}
	}

	@Nested
	class ACorrectPassword {

		@Test
		void leadsToTheStartPage() {
			submit("cm.koeln", ApiClient.DEMO_PASSWORD);
			browser.waitFor(driver -> !driver.getCurrentUrl().contains("/login"));
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.find("h1").getText()).isEqualTo("Willkommen, Katharina Schneider");
			assertThat(browser.driver().getTitle()).startsWith("Startseite");
		}

		@Test
		void leadsToTheStartPageEvenWhenAnotherPageWasAskedFor() {
			browser.go("/gibt-es-nicht");
			browser.waitFor(driver -> driver.getCurrentUrl().contains("/login"));
			submit("koord.koeln", ApiClient.DEMO_PASSWORD);
			browser.waitFor(driver -> !driver.getCurrentUrl().contains("/login"));
			assertThat(browser.path()).isEqualTo("/");
		}
	}

	@Nested
	class Logout {

		@Test
		void endsTheSessionAndSaysSo() {
			browser.login("cm.koeln");
			browser.find("header form button[type=submit]").click();
			browser.waitFor(driver -> driver.getCurrentUrl().contains("/login"));
			assertThat(browser.path()).isEqualTo("/login?logout");
			assertThat(browser.find("[role=status]").getText()).isEqualTo("Sie sind abgemeldet.");

			browser.go("/");
			browser.waitFor(driver -> driver.getCurrentUrl().contains("/login"));
			assertThat(browser.path()).isEqualTo("/login");
		}

		@Test
		void leavesAPageWithoutSeriousAccessibilityViolation() {
			browser.login("cm.koeln");
			browser.find("header form button[type=submit]").click();
			browser.waitFor(driver -> driver.getCurrentUrl().contains("logout"));
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}
	}
}
