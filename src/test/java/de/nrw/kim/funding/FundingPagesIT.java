package de.nrw.kim.funding;

import java.net.http.HttpResponse;

import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every funding page renders for the roles that may use it, in German, and case managers get 403. */
@KimIntegrationTest
class FundingPagesIT {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({
			"koord.koeln, /funding/guidelines, Förderrichtlinie und Fördersätze",
			"land, /funding/guidelines, Förderrichtlinie und Fördersätze",
			"bewilligung, /funding/guidelines, Sätze 2025 ändern",
			"bewilligung, /funding/guidelines/6f1c0c1e-2024-4a00-9000-000000002024/rates/2026, Fördersätze 2026",
	})
	void rendersForTheRole(String user, String path, String expectedText) {
		HttpResponse<String> page = FundingPages.get(port, user, path);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains(expectedText).contains("lang=\"de\"");
	}

	@ParameterizedTest
	@CsvSource({ "cm.koeln, /funding/guidelines" })
	void caseManagersAreTurnedAway(String user, String path) {
		assertThat(FundingPages.get(port, user, path).statusCode()).isEqualTo(403);
	}
}
