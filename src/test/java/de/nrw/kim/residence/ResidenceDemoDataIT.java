package de.nrw.kim.residence;

import de.nrw.kim.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** With the demo case files, demo clients get residence statuses, so deadlines and the ABH worklist have content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kim.ephemeral=true", "kim.data-dir=target/test-db", "kim.demo.case-files=true" })
class ResidenceDemoDataIT {

	@LocalServerPort
	int port;

	@Test
	void demoClientsHaveStatusesDeadlinesAndHints() {
		JsonNode deadlines = ApiClient.as(port, "cm.koeln").get("/deadlines?withinDays=90&size=200").json();
		assertThat(deadlines.path("items").valueStream().filter(i -> i.path("kind").asString().equals("RESIDENCE_EXPIRY")).count())
				.isGreaterThanOrEqualTo(4);
		JsonNode worklist = ApiClient.as(port, "abh.koeln").get("/residence/worklist?withinDays=90&size=200").json();
		assertThat(worklist.path("items").valueStream().map(i -> i.path("familyName").asString())).contains("Khalil", "Haddad");
		JsonNode khalil = worklist.path("items").valueStream().filter(i -> i.path("familyName").asString().equals("Khalil"))
				.findFirst().orElseThrow();
		assertThat(khalil.path("hints").valueStream()
				.filter(h -> h.path("route").asString().equals("AUFENTHG_25B")).findFirst().orElseThrow()
				.path("status").asString()).isEqualTo("CHECK");
	}
}
