package de.nrw.kim.dataimport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 6 "Done when": an import dry run with errors, the file fixed, imported, the clients found — axe on every page. */
@KimIntegrationTest
class DataImportBrowserIT {

	@LocalServerPort
	int port;

	@BeforeEach
	void needsChromium() {
		assumeTrue(Browser.available(), "Chromium und chromedriver sind nicht installiert");
	}

	static void accessible(Browser browser) {
		assertThat(browser.seriousAccessibilityViolations()).as("axe auf " + browser.path()).isEmpty();
	}

	static void upload(Browser browser, Path file) {
		browser.find("#file").sendKeys(file.toAbsolutePath().toString());
		browser.press("#upload-form button[type=submit]");
	}

	@Test
	void aCaseManagerFixesTheFileAfterTheDryRunAndImports() throws Exception {
		String name = ImportFiles.uniqueName();
		Path dir = Files.createDirectories(Path.of("target", "import-browser"));
		Path broken = dir.resolve(name + "-fehler.csv");
		Files.writeString(broken, "Vorname;Nachname;Geschlecht;Staatsangehörigkeit\nMaria;" + name + ";w;XYZ\nAli;" + name + ";;SYR\n",
				StandardCharsets.UTF_8);
		Path fixed = dir.resolve(name + ".csv");
		Files.writeString(fixed, "Vorname;Nachname;Geschlecht;Staatsangehörigkeit\nMaria;" + name + ";w;ESP\nAli;" + name + ";m;SYR\n",
				StandardCharsets.UTF_8);
		try (Browser browser = Browser.open(port)) {
			browser.login("cm.koeln");
			browser.press("nav a[href='/import']");
			accessible(browser);
			browser.press("#upload-form button[type=submit]");
			assertThat(browser.find("#error-summary").getText()).contains("Bitte eine Datei auswählen");
			accessible(browser);

			upload(browser, broken);
			assertThat(browser.path()).startsWith("/import/");
			assertThat(browser.find("#nationalities option[selected]").getText()).isEqualTo("Staatsangehörigkeit");
			accessible(browser);
			browser.press("#dry-run");
			assertThat(browser.find("#report-summary").getText()).contains("2 Zeilen geprüft: 2 Fehler");
			assertThat(browser.find("#problems").getText()).contains("2 Staatsangehörigkeit", "3 Geschlecht");
			assertThat(browser.findAll("#run-form")).isEmpty();
			accessible(browser);

			browser.go("/import");
			upload(browser, fixed);
			browser.press("#dry-run");
			assertThat(browser.find("#report-summary").getText()).contains("2 Zeilen geprüft: 0 Fehler");
			browser.press("#run");
			assertThat(browser.path()).isEqualTo("/import");
			assertThat(browser.find("#imported").getText()).contains("2 Klient*innen und 2 Fälle sind importiert");
			accessible(browser);

			browser.go("/clients?q=" + name);
			assertThat(browser.find("main table").getText()).contains(name, "Maria", "Ali");
		}
	}
}
