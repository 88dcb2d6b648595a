package de.nrw.kim.platform.audit;

import java.util.UUID;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The municipal administrator reaches the audit viewer through the navigation; it is accessible. */
@KimIntegrationTest
class AuditPageBrowserIT {

	private static final MunicipalityKey KOELN = MunicipalityKey.of("05315");

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void requiresChromium() {
		assumeTrue(Browser.available(), "Chromium und chromedriver sind nicht installiert");
	}

	@Test
	void theAdministratorOpensTheAuditTrailChecksTheChainAndFiltersWithTheKeyboard() throws Exception {
		UUID client = UUID.randomUUID();
		TenantContext.runAs(KOELN, () -> transactions.executeWithoutResult(
				status -> auditTrail.record(AuditAction.READ, "Client", client, client, "Fallbearbeitung")));

		try (Browser browser = Browser.open(port)) {
			browser.login("admin.koeln");
			browser.driver().findElement(By.cssSelector("nav a[href^='/audit']")).click();
			browser.waitFor(d -> browser.path().startsWith("/audit"));

			assertThat(browser.find("h1").getText()).isEqualTo("Zugriffsprotokoll");
			assertThat(browser.find("nav a[href^='/audit']").getAttribute("aria-current")).isEqualTo("page");
			assertThat(browser.find("#audit-table caption").getText()).isNotBlank();
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			browser.find("#audit-verify-button").click();
			browser.waitFor(d -> !browser.findAll("#audit-verification-result").isEmpty());
			assertThat(browser.find("#audit-verification-result").getText()).contains("Die Hash-Kette ist unversehrt.");
			assertThat(browser.path()).isEqualTo("/audit");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			browser.find("#clientId").sendKeys("keine-kennung", Keys.ENTER);
			browser.waitFor(d -> !browser.findAll("#clientId-error").isEmpty());
			assertThat(browser.find("#clientId").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();

			browser.find("#clientId").clear();
			browser.find("#clientId").sendKeys(client.toString(), Keys.ENTER);
			browser.waitFor(d -> browser.findAll("#clientId-error").isEmpty());
			assertThat(browser.findAll("#audit-table tbody tr")).hasSize(1);
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}
	}
}
