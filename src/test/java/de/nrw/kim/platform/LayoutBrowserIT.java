package de.nrw.kim.platform;

import java.io.IOException;
import java.util.List;

import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every page shares (layout, navigation, language, error page, htmx), driven in headless
 * Chromium and checked with axe-core for several roles.
 */
@KimIntegrationTest
class LayoutBrowserIT {

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

	private static Object script(String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

	private static WebElement focused() {
		return browser.driver().switchTo().activeElement();
	}

	@Nested
	class TheStartPage {

		@ParameterizedTest
		@ValueSource(strings = { "cm.koeln", "koord.koeln", "abh.koeln", "admin.koeln", "cm.muenster", "bewilligung", "land" })
		void hasNoSeriousAccessibilityViolationForTheRole(String username) {
			browser.login(username);
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "de", "en" })
		void resolvesEveryMessageOfEveryRole(String language) {
			for (String username : List.of("cm.koeln", "koord.koeln", "abh.koeln", "admin.koeln", "bewilligung", "land")) {
				browser.login(username);
				browser.go("/?lang=" + language);
				// Thymeleaf shows a key it cannot resolve as ??key_de??; dynamic keys (navigation, sections) included
				assertThat(browser.find("body").getText()).as(username).doesNotContain("??");
			}
		}

		@Test
		void isGermanAndNamesTheUser() {
			browser.login("cm.koeln");
			assertThat(browser.find("html").getAttribute("lang")).isEqualTo("de");
			assertThat(browser.find("h1").getText()).isEqualTo("Willkommen, Katharina Schneider");
			assertThat(browser.find("header").getText()).contains("Katharina Schneider").contains("Abmelden");
		}

		@Test
		void hasOneBannerOneMainAndOneFooter() {
			browser.login("cm.koeln");
			assertThat(browser.findAll("header")).hasSize(1);
			assertThat(browser.findAll("main")).hasSize(1);
			assertThat(browser.findAll("footer")).hasSize(1);
			assertThat(browser.findAll("h1")).hasSize(1);
		}

		@Test
		void looksLikeAKernUxPage() {
			browser.login("cm.koeln");
			assertThat(browser.find("body").getCssValue("font-family")).contains("Fira Sans");
			Screenshots.save(browser, "start-cm.koeln");
			browser.login("admin.koeln");
			assertThat(browser.find("h1").getText()).isEqualTo("Willkommen, Thomas Hoffmann");
			Screenshots.save(browser, "start-admin.koeln");
		}
	}

	@Nested
	class TheMainNavigation {

		@Test
		void isTheOnlyNavElement() {
			browser.login("cm.koeln");
			assertThat(browser.findAll("nav")).hasSize(1);
			assertThat(browser.findAll("[role=navigation]")).isEmpty();
			assertThat(browser.find("nav").getAttribute("aria-label")).isEqualTo("Hauptnavigation");
		}

		@Test
		void marksTheCurrentPage() {
			browser.login("cm.koeln");
			WebElement start = browser.find("nav a[href='/']");
			assertThat(start.getText()).isEqualTo("Start");
			assertThat(start.getAttribute("aria-current")).isEqualTo("page");
		}

		@Test
		void leadsTheMunicipalAdministratorToTheAuditTrail() {
			browser.login("admin.koeln");
			assertThat(browser.findAll("nav a").stream().map(link -> link.getAttribute("href")))
					.anySatisfy(href -> assertThat(href).endsWith("/audit"));
		}

		@Test
		void offersNoAreaTheRoleMayNotUse() {
			browser.login("cm.koeln");
			assertThat(browser.findAll("nav a").stream().map(link -> link.getAttribute("href")))
					.noneSatisfy(href -> assertThat(href).endsWith("/audit"));
		}
	}

	@Nested
	class TheSkipLink {

		@Test
		void isTheFirstThingTheKeyboardReachesAndMovesFocusToTheMainContent() {
			browser.login("cm.koeln");
			script("document.activeElement && document.activeElement.blur()");
			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
			WebElement skipLink = focused();
			assertThat(skipLink.getText()).isEqualTo("Zum Inhalt springen");
			assertThat(skipLink.getRect().getX()).as("sichtbar, sobald fokussiert").isGreaterThanOrEqualTo(0);

			new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
			browser.waitFor(driver -> "main".equals(focused().getAttribute("id")));
			assertThat(focused().getTagName()).isEqualTo("main");
		}

		@Test
		void isHiddenUntilFocused() {
			browser.login("cm.koeln");
			assertThat(browser.find(".kim-skip-link").getRect().getX()).isNegative();
		}
	}

	@Nested
	class TheLanguageSwitch {

		@Test
		void turnsThePageEnglishAndBack() {
			browser.login("cm.koeln");
			browser.find("footer a[hreflang=en]").click();
			browser.waitFor(driver -> "en".equals(browser.find("html").getAttribute("lang")));
			assertThat(browser.find("h1").getText()).isEqualTo("Welcome, Katharina Schneider");
			assertThat(browser.find("nav").getAttribute("aria-label")).isEqualTo("Main navigation");
			assertThat(browser.find("header button").getText()).isEqualTo("Log out");

			browser.go("/");
			assertThat(browser.find("h1").getText()).as("die Wahl bleibt erhalten").isEqualTo("Welcome, Katharina Schneider");

			browser.find("footer a[hreflang=de]").click();
			browser.waitFor(driver -> "de".equals(browser.find("html").getAttribute("lang")));
			assertThat(browser.find("h1").getText()).isEqualTo("Willkommen, Katharina Schneider");
		}

		@Test
		void worksBeforeLogin() {
			browser.go("/login?lang=en");
			assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
			assertThat(browser.find("h1").getText()).isEqualTo("Log in");
			assertThat(browser.find("label[for=username]").getText()).isEqualTo("User name");
		}

		@Test
		void leavesEnglishPagesWithoutSeriousAccessibilityViolation() {
			browser.go("/login?lang=en");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			browser.login("koord.koeln");
			assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			browser.go("/gibt-es-nicht");
			assertThat(browser.find("h1").getText()).isEqualTo("Error");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}
	}

	@Nested
	class TheErrorPage {

		@Test
		void explainsAnUnknownAddressInGermanWithinTheLayout() {
			browser.login("cm.koeln");
			browser.go("/gibt-es-nicht");
			assertThat(browser.find("h1").getText()).isEqualTo("Fehler");
			assertThat(browser.find("[role=alert]").getText())
					.contains("Diese Seite gibt es nicht, oder Sie haben keinen Zugriff darauf.")
					.contains("404");
			assertThat(browser.findAll("nav")).as("Navigation bleibt erreichbar").hasSize(1);
			assertThat(browser.find("main a[href='/']").getText()).isEqualTo("Zur Startseite");
			Screenshots.save(browser, "error-404");
		}

		@Test
		void hasNoSeriousAccessibilityViolation() {
			browser.login("cm.koeln");
			browser.go("/gibt-es-nicht");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}

		@Test
		void explainsAForbiddenAreaWithoutSeriousAccessibilityViolation() {
			browser.login("cm.koeln");
			browser.go("/actuator/metrics");
			assertThat(browser.find("[role=alert]").getText()).contains("Ihre Rolle erlaubt diese Aktion nicht.");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}
	}

	@Nested
	class Htmx {

		@Test
		void isLoaded() {
			browser.login("cm.koeln");
			browser.waitFor(driver -> Boolean.TRUE.equals(script("return typeof window.htmx === 'object'")));
			assertThat(script("return typeof htmx.ajax")).isEqualTo("function");
		}

		@Test
		void findsTheCsrfTokenOnPagesOfLoggedInUsers() {
			browser.login("cm.koeln");
			assertThat(browser.find("meta[name=_csrf]").getAttribute("content")).isNotBlank();
			assertThat(browser.find("meta[name=_csrf_header]").getAttribute("content")).isEqualTo("X-CSRF-TOKEN");
		}

		@Test
		void sendsTheCsrfTokenWithItsPostRequests() {
			browser.login("cm.koeln");
			browser.waitFor(driver -> Boolean.TRUE.equals(script("return typeof window.htmx === 'object'")));
			// logging out needs a valid CSRF token: it only works if kim.js adds the header to htmx requests
			script("htmx.ajax('POST', '/logout', {target: 'main', swap: 'none'})");
			browser.waitFor(driver -> {
				driver.navigate().refresh();
				return driver.getCurrentUrl().contains("/login");
			});
			assertThat(browser.path()).isEqualTo("/login");
		}

		@Test
		void loadsNothingFromOtherSites() {
			browser.login("cm.koeln");
			@SuppressWarnings("unchecked")
			List<String> resources = (List<String>) script(
					"return performance.getEntriesByType('resource').map(e => e.name)");
			assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + port + "/"));
		}
	}
}
