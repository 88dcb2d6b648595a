package de.nrw.kim.funding;

import java.util.HashMap;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class FundingBudgetApiIT {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	void enter(int year, String tvl, String cpi, Object budget) {
		JsonNode current = as("land").get("/funding/budget?year=" + year).json();
		Map<String, Object> body = new HashMap<>(Map.of("tvlPayRisePercent", tvl, "cpiHousingEnergyPercent", cpi));
		if (budget != null) {
			body.put("kimBudget", budget);
		}
		if (!current.path("version").isNull()) {
			body.put("version", current.path("version").asInt());
		}
		assertThat(as("land").put("/funding/budget/" + year, body).status()).isEqualTo(200);
	}

	@Test
	void theStatutoryMinimumFollowsTheEnteredIndexChanges() {
		ApiClient.Response base = as("bewilligung").get("/funding/budget?year=2022");
		assertThat(base.status()).isEqualTo(200);
		assertThat(base.raw().body()).contains("\"statutoryMinimum\":130000000.00");
		enter(2023, "2.8", "5.0", null);
		enter(2024, "5.5", "2.0", "75000000.00");
		JsonNode y2024 = as("land").get("/funding/budget?year=2024").json();
		assertThat(y2024.path("year").asInt()).isEqualTo(2024);
		assertThat(y2024.path("statutoryMinimum").decimalValue()).isEqualByComparingTo("140654176.00");
		assertThat(y2024.path("kimBudget").decimalValue()).isEqualByComparingTo("75000000.00");
		assertThat(y2024.path("committed").isNumber()).isTrue();
		JsonNode far = as("land").get("/funding/budget?year=2090").json();
		assertThat(far.path("statutoryMinimum").isNull()).isTrue();
		assertThat(far.path("missingIndexYears").valueStream().map(JsonNode::asInt)).contains(2090);
	}

	@Test
	void committedIsTheSumOfTheNoticesOfTheYear() {
		java.math.BigDecimal before = as("bewilligung").get("/funding/budget?year=2026").json().path("committed").decimalValue();
		String id = as("koord.koeln").post("/funding/applications", FundingGrantApiIT.application(2026)).text("id");
		as("koord.koeln").post("/funding/applications/" + id + "/submit", Map.of());
		as("bewilligung").post("/funding/applications/" + id + "/decide", Map.of("decision", "APPROVED"));
		java.math.BigDecimal after = as("bewilligung").get("/funding/budget?year=2026").json().path("committed").decimalValue();
		assertThat(after.subtract(before)).isEqualByComparingTo("143200.00");
	}

	@Test
	void onlyTheStateLevelSeesItAndOnlyTheMinistryEntersIt() {
		assertThat(as("koord.koeln").get("/funding/budget?year=2025").status()).isEqualTo(403);
		assertThat(as("cm.koeln").get("/funding/budget?year=2025").status()).isEqualTo(403);
		assertThat(as("bewilligung").put("/funding/budget/2031", Map.of("kimBudget", 1)).status()).isEqualTo(403);
		assertThat(as("land").put("/funding/budget/2031", Map.of("tvlPayRisePercent", "abc")).status()).isEqualTo(400);
	}
}
