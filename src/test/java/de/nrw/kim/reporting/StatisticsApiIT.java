package de.nrw.kim.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.reporting.internal.StatisticsRefresh;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Reporting": exact numbers inside the municipality, suppressed ones outside, nothing derivable. */
@KimIntegrationTest
class StatisticsApiIT {

	static final List<String> REASONS = List.of("GOALS_ACHIEVED", "PARTLY_ACHIEVED", "CLIENT_WITHDREW", "MOVED_AWAY",
			"TRANSFERRED", "NO_CONTACT", "OTHER");

	@LocalServerPort
	int port;

	@Autowired
	StatisticsRefresh refresh;

	JsonNode ownRow(String user) {
		ApiClient.Response r = ApiClient.as(port, user).get("/statistics/cases?groupBy=MUNICIPALITY");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().path("rows")).as("only the own municipality").hasSize(1);
		assertThat(r.json().path("items")).as("the rows again under the name of the list convention").isEqualTo(r.json().path("rows"));
		return r.json().path("rows").get(0);
	}

	@Test
	void theCoordinatorSeesTheExactNewAndClosedCasesOfTheOwnMunicipality() {
		refresh.refreshRequested();
		JsonNode before = ownRow("koord.muenster");
		ApiClient cm = ApiClient.as(port, "cm.muenster");
		List<String> cases = new ArrayList<>();
		for (String name : List.of("Statistik-Eins", "Statistik-Zwei", "Statistik-Drei")) {
			String client = cm.post("/clients", Map.of("givenName", "Ola", "familyName", name, "gender", "FEMALE",
					"birthDate", "1990", "nationalities", List.of("UKR"))).text("id");
			cases.add(cm.post("/cases", Map.of("clientId", client)).text("id"));
		}
		assertThat(cm.post("/cases/" + cases.get(0) + "/close", Map.of("reason", "MOVED_AWAY")).status()).isEqualTo(200);

		assertThat(refresh.refreshRequested()).as("the case events asked for a refresh").isGreaterThanOrEqualTo(1);
		JsonNode after = ownRow("koord.muenster");
		assertThat(after.path("key").asText()).isEqualTo("05515");
		assertThat(after.path("suppressed").asBoolean()).isFalse();
		assertThat(after.path("newCases").asLong() - before.path("newCases").asLong()).isEqualTo(3);
		assertThat(after.path("closedCases").asLong() - before.path("closedCases").asLong()).isEqualTo(1);
		assertThat(after.path("byClosureReason").path("MOVED_AWAY").asLong()
				- before.path("byClosureReason").path("MOVED_AWAY").asLong()).isEqualTo(1);
		assertThat(ownRow("koord.koeln").path("key").asText()).isEqualTo("05315");

		JsonNode caseload = cm.get("/statistics/caseload").json();
		assertThat(caseload.path("cases").path("newCases").asLong()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void noCountFromOneToFourReachesTheStateAndNoHiddenCellFollowsFromTheTotals() {
		ApiClient cm = ApiClient.as(port, "cm.muenster");
		String client = cm.post("/clients", Map.of("givenName", "Ina", "familyName", "Kleinzahl", "gender", "FEMALE")).text("id");
		String caseId = cm.post("/cases", Map.of("clientId", client)).text("id");
		cm.post("/cases/" + caseId + "/close", Map.of("reason", "CLIENT_WITHDREW"));
		refresh.refreshRequested();

		for (String user : List.of("land", "bewilligung")) {
			Map<String, Long> published = new LinkedHashMap<>();
			Map<String, String> regionOf = new HashMap<>();
			ApiClient api = ApiClient.as(port, user);
			api.get("/municipalities").json().forEach(m -> regionOf.put(m.path("key").asText(), m.path("region").asText()));
			for (String level : List.of("MUNICIPALITY", "REGION", "STATE")) {
				ApiClient.Response r = api.get("/statistics/cases?groupBy=" + level);
				assertThat(r.status()).isEqualTo(200);
				assertThat(r.json().path("suppressionApplied").asBoolean()).isTrue();
				for (JsonNode row : r.json().path("rows")) {
					String key = row.path("key").asText();
					boolean anyNull = false;
					for (String field : List.of("openCases", "newCases", "closedCases")) {
						anyNull |= put(published, key + "|" + field, row.path(field));
					}
					for (String reason : REASONS) {
						anyNull |= put(published, key + "|" + reason, row.path("byClosureReason").path(reason));
					}
					for (var need : row.path("byNeedDomain").properties()) {
						anyNull |= put(published, key + "|need." + need.getKey(), need.getValue());
					}
					assertThat(row.path("suppressed").asBoolean()).as(key).isEqualTo(anyNull);
				}
			}
			assertThat(published.values()).as("no count from 1 to 4 is shown")
					.allMatch(v -> v == null || v == 0 || v >= 5);
			assertThat(published.get("05515|CLIENT_WITHDREW")).as("Münster's withdrawn cases are few").isNull();

			List<List<String>> relations = new ArrayList<>();
			List<String> fields = published.keySet().stream().filter(k -> k.startsWith("NRW|")).map(k -> k.substring(4)).toList();
			for (String row : rowKeys(published)) {
				List<String> closure = new ArrayList<>(List.of(row + "|closedCases"));
				REASONS.forEach(reason -> closure.add(row + "|" + reason));
				relations.add(closure);
			}
			for (String field : fields) {
				List<String> state = new ArrayList<>(List.of("NRW|" + field));
				for (String region : regionOf.values().stream().distinct().toList()) {
					List<String> members = new ArrayList<>(List.of(region + "|" + field));
					regionOf.forEach((m, r) -> {
						if (r.equals(region)) {
							members.add(m + "|" + field);
						}
					});
					relations.add(members);
					state.add(region + "|" + field);
				}
				relations.add(state);
			}
			assertThat(published.values()).as("something is hidden at all").containsNull();
			assertThat(Attacker.recoverable(published, relations)).as("cells the attacker recovers").isEmpty();
		}
	}

	private static boolean put(Map<String, Long> published, String name, JsonNode value) {
		published.put(name, value.isNull() ? null : value.asLong());
		return value.isNull();
	}

	private static List<String> rowKeys(Map<String, Long> published) {
		return published.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().toList();
	}

	@Nested
	class WhoMayAskWhat {

		@Test
		void municipalitiesSeeNoRegionOrStateAndCaseManagersOnlyTheirCaseload() {
			assertThat(ApiClient.as(port, "koord.koeln").get("/statistics/cases?groupBy=REGION").status()).isEqualTo(403);
			assertThat(ApiClient.as(port, "cm.koeln").get("/statistics/cases").status()).isEqualTo(403);
			assertThat(ApiClient.as(port, "abh.koeln").get("/statistics/cases").status()).isEqualTo(403);
			assertThat(ApiClient.as(port, "land").get("/statistics/caseload").status()).isEqualTo(403);
		}

		@Test
		void wrongParametersAreExplainedInGerman() {
			ApiClient.Response group = ApiClient.as(port, "land").get("/statistics/cases?groupBy=CLIENT");
			assertThat(group.status()).isEqualTo(400);
			assertThat(group.json().path("errors").get(0).path("field").asText()).isEqualTo("groupBy");
			ApiClient.Response year = ApiClient.as(port, "land").get("/statistics/cases?year=1990");
			assertThat(year.status()).isEqualTo(400);
			assertThat(year.json().path("errors").get(0).path("message").asText()).contains("Jahr");
		}

		@Test
		void theMinistryAndTheGrantAuthorityNeverReceiveAPersonOrACase() {
			String client = ApiClient.as(port, "cm.koeln").post("/clients",
					Map.of("givenName", "Nora", "familyName", "Landesblick", "gender", "FEMALE")).text("id");
			String caseId = ApiClient.as(port, "cm.koeln").post("/cases", Map.of("clientId", client)).text("id");
			for (String user : List.of("land", "bewilligung")) {
				ApiClient api = ApiClient.as(port, user);
				for (String path : List.of("/clients?q=Landesblick", "/clients/" + client, "/clients/" + client + "/export",
						"/cases/" + caseId, "/cases?mine=true", "/cases/" + caseId + "/assessments")) {
					assertThat(api.get(path).status()).as(user + " " + path).isEqualTo(403);
				}
				assertThat(api.post("/cases", Map.of("clientId", client)).status()).isEqualTo(403);
			}
		}
	}
}
