package de.nrw.kim.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.reporting.internal.StatisticsRefresh;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Referrals by legal domain and status, taken from the cooperation module's counts (exact inside, suppressed outside). */
@KimIntegrationTest
class ReferralStatisticsIT {

	@LocalServerPort
	int port;

	@Autowired
	StatisticsRefresh refresh;

	JsonNode own() {
		return ApiClient.as(port, "koord.koeln").get("/statistics/referrals").json().path("rows").get(0);
	}

	@Test
	void aReferralCountsForTheMunicipalityAndReachesTheStateOnlySuppressed() {
		refresh.refreshAll(LocalDate.now(ZoneId.of("Europe/Berlin")).getYear(), LocalDate.now(ZoneId.of("Europe/Berlin")).getYear());
		JsonNode before = own();
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		String client = cm.post("/clients", Map.of("givenName", "Samir", "familyName", "Vermittlungszahl", "gender", "MALE")).text("id");
		String caseId = cm.post("/cases", Map.of("clientId", client)).text("id");
		String jobcenter = cm.get("/partners?name=Jobcenter%20K%C3%B6ln").json().path("items").get(0).path("id").asString();
		Map<String, Object> consent = new HashMap<>();
		consent.put("partnerIds", List.of(jobcenter));
		consent.put("dataCategories", List.of("BASIC"));
		consent.put("purpose", "Vermittlung in Arbeit");
		consent.put("givenOn", LocalDate.now(ZoneId.of("Europe/Berlin")).toString());
		assertThat(cm.post("/clients/" + client + "/consents", consent).status()).isEqualTo(201);
		assertThat(cm.post("/cases/" + caseId + "/referrals", Map.of("partnerId", jobcenter, "domain", "SGB_II",
				"dataCategories", List.of("BASIC"), "note", "Termin")).status()).isEqualTo(201);

		refresh.refreshAll(LocalDate.now(ZoneId.of("Europe/Berlin")).getYear(), LocalDate.now(ZoneId.of("Europe/Berlin")).getYear());
		JsonNode after = own();
		assertThat(after.path("key").asString()).isEqualTo("05315");
		assertThat(after.path("referrals").asLong() - before.path("referrals").asLong()).isEqualTo(1);
		assertThat(after.path("byLegalDomain").path("SGB_II").asLong() - before.path("byLegalDomain").path("SGB_II").asLong())
				.isEqualTo(1);
		assertThat(after.path("byStatus").path("SENT").asLong() - before.path("byStatus").path("SENT").asLong()).isEqualTo(1);

		JsonNode state = ApiClient.as(port, "land").get("/statistics/referrals?groupBy=MUNICIPALITY").json();
		assertThat(state.path("rows")).hasSize(54);
		state.path("rows").forEach(row -> {
			for (String group : List.of("byLegalDomain", "byStatus")) {
				row.path(group).forEach(v -> assertThat(v.isNull() || v.asLong() == 0 || v.asLong() >= 5).isTrue());
			}
			JsonNode total = row.path("referrals");
			assertThat(total.isNull() || total.asLong() == 0 || total.asLong() >= 5).isTrue();
		});
	}
}
