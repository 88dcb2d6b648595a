package de.nrw.kim.funding;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The funding demo data hold a late application (after 31 October of the year before) on any day the demo starts. */
@KimIntegrationTest
class FundingDemoLateApplicationIT {

	@LocalServerPort
	int port;

	@Test
	void dortmundsApplicationForTheRunningYearIsFlaggedLateInTheListAndTheDetail() {
		int year = LocalDate.now().getYear();
		JsonNode items = ApiClient.as(port, "bewilligung")
				.get("/funding/applications?municipalityKey=05913&year=" + year).json().path("items");
		JsonNode late = items.valueStream().filter(a -> a.path("late").asBoolean()).findFirst().orElseThrow();
		assertThat(late.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(LocalDate.parse(late.path("submittedOn").asString())).isAfter(LocalDate.of(year - 1, 10, 31));

		HttpResponse<String> list = FundingPages.get(port, "bewilligung", "/funding/applications?municipality=05913&year=" + year);
		assertThat(list.statusCode()).isEqualTo(200);
		String row = list.body().substring(list.body().indexOf("data-status=\"SUBMITTED\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("Dortmund", "verspätet");

		HttpResponse<String> detail = FundingPages.get(port, "bewilligung", "/funding/applications/" + late.path("id").asString());
		assertThat(detail.body()).contains("verspätet", "Dortmund");
	}
}
