package de.nrw.kim.platform;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import de.nrw.kim.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The accessibility checks of the other browser tests are only worth something if axe-core really
 * runs and reports: a deliberately broken page must fail, a clean one must pass.
 */
class AccessibilityCheckBrowserIT {

	private static Browser browser;

	@BeforeAll
	static void openBrowser() throws IOException {
		assumeTrue(Browser.available(), "Chromium und chromedriver fehlen");
		browser = Browser.open(0);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	private static void show(String html) {
		browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	@Test
	void reportsAPageWithoutLanguageAltTextLabelAndContrast() {
		show("""
				<!DOCTYPE html><html><head><title>Kaputt</title></head><body><main>
				<h1>Kaputte Seite</h1>
				<img src="foto.png">
				<form><input type="text" name="name"><button type="submit"></button></form>
				<p style="color: #bbbbbb; background: #ffffff">kaum lesbar</p>
				</main></body></html>
				""");
		assertThat(browser.seriousAccessibilityViolations())
				.anySatisfy(violation -> assertThat(violation).startsWith("html-has-lang:"))
				.anySatisfy(violation -> assertThat(violation).startsWith("image-alt:"))
				.anySatisfy(violation -> assertThat(violation).startsWith("label:"))
				.anySatisfy(violation -> assertThat(violation).startsWith("button-name:"))
				.anySatisfy(violation -> assertThat(violation).startsWith("color-contrast:"));
	}

	@Test
	void acceptsTheSamePageRepaired() {
		show("""
				<!DOCTYPE html><html lang="de"><head><title>Heil</title></head><body><main>
				<h1>Heile Seite</h1>
				<img src="foto.png" alt="Foto der Beratungsstelle">
				<form><label for="name">Name</label><input type="text" id="name" name="name"><button type="submit">Suchen</button></form>
				<p style="color: #333333; background: #ffffff">gut lesbar</p>
				</main></body></html>
				""");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}
}
