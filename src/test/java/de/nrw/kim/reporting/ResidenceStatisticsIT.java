package de.nrw.kim.reporting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.reporting.internal.StatisticsRefresh;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Residence-status groups as a statistics dimension: exact for the own municipality, suppressed for the state. */
@KimIntegrationTest
class ResidenceStatisticsIT {

	static final String MUENSTER = "05515";

	@LocalServerPort
	int port;

	@Autowired
	StatisticsRefresh refresh;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theGroupsComeFromTheResidenceModuleExactInsideAndSuppressedOutside() throws Exception {
		refreshMuenster();
		JsonNode before = own();
		ApiClient cm = ApiClient.as(port, "cm.muenster");
		for (int i = 0; i < 7; i++) {
			String client = cm.post("/clients", Map.of("givenName", "Olha", "familyName", "Status" + i, "gender", "FEMALE",
					"birthDate", "1991")).text("id");
			Map<String, Object> status = new HashMap<>();
			status.put("type", i < 6 ? "TEMPORARY_PROTECTION_24" : "DULDUNG");
			status.put("validFrom", LocalDate.now().minusYears(1).toString());
			status.put("validUntil", null);
			assertThat(cm.post("/clients/" + client + "/residence-statuses", status).status()).isEqualTo(201);
		}
		refreshMuenster();

		JsonNode after = own();
		assertThat(after.path("suppressed").asBoolean()).isFalse();
		assertThat(delta(before, after, "TEMPORARY_PROTECTION")).isEqualTo(6);
		assertThat(delta(before, after, "PRECARIOUS")).isEqualTo(1);
		assertThat(after.path("clientsWithStatus").asLong() - before.path("clientsWithStatus").asLong()).isEqualTo(7);

		ApiClient land = ApiClient.as(port, "land");
		for (String level : java.util.List.of("MUNICIPALITY", "REGION", "STATE")) {
			ApiClient.Response r = land.get("/statistics/residence?groupBy=" + level);
			assertThat(r.status()).isEqualTo(200);
			for (JsonNode row : r.json().path("rows")) {
				assertThat(row.path("clientsWithStatus").isNull() || !small(row.path("clientsWithStatus").asLong())).isTrue();
				row.path("byStatusGroup").forEach(v -> assertThat(v.isNull() || !small(v.asLong())).as(level + " " + row).isTrue());
			}
		}
		long precarious = after.path("byStatusGroup").path("PRECARIOUS").asLong();
		JsonNode muenster = land.get("/statistics/residence?groupBy=MUNICIPALITY").json().path("rows").valueStream()
				.filter(r -> r.path("key").asText().equals(MUENSTER)).findFirst().orElseThrow();
		if (small(precarious)) {
			assertThat(muenster.path("byStatusGroup").path("PRECARIOUS").isNull()).as("Münster's few tolerated persons").isTrue();
			assertThat(muenster.path("suppressed").asBoolean()).isTrue();
		}

		HttpResponse<byte[]> csv = download("land", "/reporting/residence.csv?groupBy=MUNICIPALITY");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("Personen mit Status", "Gestattung oder Duldung", ";05515;Münster;");
		for (String line : text.split("\r\n")) {
			for (String cell : line.split(";")) {
				assertThat(cell).as(line).isNotIn("1", "2", "3", "4");
			}
		}
		assertThat(ApiClient.as(port, "cm.muenster").get("/statistics/residence").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "koord.muenster").get("/statistics/residence?groupBy=STATE").status()).isEqualTo(403);
	}

	HttpResponse<byte[]> download(String user, String path) throws Exception {
		String credentials = java.util.Base64.getEncoder()
				.encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private JsonNode own() {
		ApiClient.Response r = ApiClient.as(port, "koord.muenster").get("/statistics/residence");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().path("rows")).hasSize(1);
		return r.json().path("rows").get(0);
	}

	private static long delta(JsonNode before, JsonNode after, String group) {
		return after.path("byStatusGroup").path(group).asLong() - before.path("byStatusGroup").path(group).asLong();
	}

	private static boolean small(long v) {
		return v >= 1 && v <= 4;
	}

	/** Residence changes reach the statistics with the hourly refresh of the running year; here at once. */
	private void refreshMuenster() {
		int year = LocalDate.now().getYear();
		TenantContext.runAs(MunicipalityKey.of(MUENSTER), () -> transactions.executeWithoutResult(tx -> jdbc.sql("""
				insert into reporting_refresh (municipality_id, year, requested_at) values (:m, :y, now())
				on conflict (municipality_id, year) do update set requested_at = now()""").param("m", MUENSTER).param("y", year).update()));
		refresh.refreshRequested();
	}
}
