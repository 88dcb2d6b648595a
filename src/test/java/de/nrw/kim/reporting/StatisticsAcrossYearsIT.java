package de.nrw.kim.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * ADR 0606 over HTTP: the ministry reads every statistics endpoint for three years at all three levels and
 * tries every difference it knows — year total minus months, closed minus reasons, region minus its
 * municipalities, state minus regions, the cases of a year minus its new ones (= open at the end of the year
 * before) — and must not pin down a single hidden value.
 */
@KimIntegrationTest
class StatisticsAcrossYearsIT {

	static final String MUENSTER = "05515";
	static final List<String> ENDPOINTS = List.of("cases", "cases/months", "clients", "outcomes", "referrals", "residence");

	@LocalServerPort
	int port;

	@Autowired
	StatisticsRefresh refresh;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void noHiddenValueFollowsFromDifferencesAcrossYearsMonthsOrLevels() {
		int year = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();
		ApiClient cm = ApiClient.as(port, "cm.muenster");
		// three cases open since two years ago (a hidden 3 at the end of that year), six opened last year:
		// without protection, last year's cases minus its new ones would give the 3 away
		for (int i = 0; i < 9; i++) {
			String client = cm.post("/clients", Map.of("givenName", "Jahr", "familyName", "Vergleich" + i, "gender", "MALE",
					"birthDate", "1980")).text("id");
			String caseId = cm.post("/cases", Map.of("clientId", client)).text("id");
			backdate(caseId, i < 3 ? LocalDate.of(year - 2, 5, 10) : LocalDate.of(year - 1, 4, 10));
		}
		requestRefresh(year - 2, year - 1, year);
		refresh.refreshRequested();

		ApiClient land = ApiClient.as(port, "land");
		Map<String, String> regionOf = new HashMap<>();
		land.get("/municipalities").json().forEach(m -> regionOf.put(m.path("key").asText(), m.path("region").asText()));
		Map<String, Long> published = new LinkedHashMap<>();
		List<List<String>> relations = new ArrayList<>();
		for (int next = year - 2; next <= year; next++) {
			int y = next;
			Map<String, List<String>> fieldsOfRow = new LinkedHashMap<>();
			for (String endpoint : ENDPOINTS) {
				for (String level : List.of("MUNICIPALITY", "REGION", "STATE")) {
					ApiClient.Response r = land.get("/statistics/" + endpoint + "?year=" + y + "&groupBy=" + level);
					assertThat(r.status()).as(endpoint).isEqualTo(200);
					for (JsonNode row : r.json().path("rows")) {
						String key = row.path("key").asText();
						Map<String, Long> flat = new LinkedHashMap<>();
						flatten("", row, flat);
						flat.forEach((field, value) -> {
							published.put(y + "|" + key + "|" + field, value);
							fieldsOfRow.computeIfAbsent(key, k -> new ArrayList<>()).add(field);
						});
						assertThat(row.path("suppressed").asBoolean()).as(y + " " + endpoint + " " + key)
								.isEqualTo(flat.containsValue(null));
					}
				}
			}
			relations.addAll(relationsOfYear(y, fieldsOfRow, regionOf));
			if (y > year - 2) {
				for (String key : fieldsOfRow.keySet()) {
					relations.add(List.of(y + "|" + key + "|activeCases", (y - 1) + "|" + key + "|openCases", y + "|" + key + "|newCases"));
				}
			}
		}

		assertThat(published.values()).as("no count from 1 to 4 reaches the ministry").allMatch(v -> v == null || v == 0 || v >= 5);
		assertThat(published.get((year - 2) + "|" + MUENSTER + "|openCases")).as("the three open cases").isNull();
		assertThat(published.get((year - 1) + "|" + MUENSTER + "|activeCases") == null
				|| published.get((year - 1) + "|" + MUENSTER + "|newCases") == null).as("last year's cases minus new ones is closed")
				.isTrue();
		assertThat(Attacker.recoverableAtOnce(published, relations)).as("hidden values the ministry derives").isEmpty();
	}

	/** Every relation the endpoints reveal inside one year. */
	static List<List<String>> relationsOfYear(int y, Map<String, List<String>> fieldsOfRow, Map<String, String> regionOf) {
		List<List<String>> relations = new ArrayList<>();
		for (var e : fieldsOfRow.entrySet()) {
			String p = y + "|" + e.getKey() + "|";
			List<String> fields = e.getValue();
			relations.add(sum(p, "closedCases", fields, "byClosureReason."));
			relations.add(List.of(p + "activeCases", p + "openCases", p + "closedCases"));
			for (String part : List.of("ageBands.", "genders.", "nationalityGroups.")) {
				relations.add(sum(p, "activeCases", fields, part));
			}
			relations.add(sum(p, "referrals", fields, "byLegalDomain."));
			relations.add(sum(p, "referrals", fields, "byStatus."));
			relations.add(sum(p, "clientsWithStatus", fields, "byStatusGroup."));
			for (String m : List.of("newCases", "closedCases", "contacts", "contactMinutes", "goalsAchieved")) {
				List<String> months = new ArrayList<>(List.of(p + m));
				for (int month = 1; month <= 12; month++) {
					months.add(p + "months." + month + "." + m);
				}
				relations.add(months);
			}
			fields.stream().filter(f -> f.startsWith("byNeedDomain.")).forEach(f -> relations.add(List.of(p + f,
					p + "needs." + f.substring("byNeedDomain.".length()) + ".atLatestAssessment")));
		}
		List<String> fields = fieldsOfRow.get("NRW");
		for (String field : fields) {
			List<String> state = new ArrayList<>(List.of(y + "|NRW|" + field));
			for (String region : regionOf.values().stream().distinct().toList()) {
				List<String> members = new ArrayList<>(List.of(y + "|" + region + "|" + field));
				regionOf.forEach((m, r) -> {
					if (r.equals(region)) {
						members.add(y + "|" + m + "|" + field);
					}
				});
				relations.add(members);
				state.add(y + "|" + region + "|" + field);
			}
			relations.add(state);
		}
		return relations;
	}

	private static List<String> sum(String p, String total, List<String> fields, String partPrefix) {
		List<String> relation = new ArrayList<>(List.of(p + total));
		fields.stream().filter(f -> f.startsWith(partPrefix)).forEach(f -> relation.add(p + f));
		return relation;
	}

	/** Numbers of a row as dotted names; months by their number; averages are no counts. */
	static void flatten(String prefix, JsonNode node, Map<String, Long> into) {
		if (node.isArray()) {
			node.forEach(item -> flatten(prefix + item.path("month").asText() + ".", item, into));
			return;
		}
		for (var e : node.properties()) {
			String name = e.getKey();
			JsonNode v = e.getValue();
			if (List.of("key", "level", "suppressed", "month", "averageDays").contains(name)) {
				continue;
			}
			if (v.isObject() || v.isArray()) {
				flatten(prefix + name + ".", v, into);
			} else {
				into.put(prefix + name, v.isNull() ? null : v.asLong());
			}
		}
	}

	private void backdate(String caseId, LocalDate openedOn) {
		TenantContext.runAs(MunicipalityKey.of(MUENSTER), () -> transactions.executeWithoutResult(tx -> jdbc
				.sql("update case_file set opened_on = :d where id = :id::uuid").param("d", openedOn).param("id", caseId).update()));
	}

	private void requestRefresh(int... years) {
		TenantContext.runAs(MunicipalityKey.of(MUENSTER), () -> transactions.executeWithoutResult(tx -> {
			for (int y : years) {
				jdbc.sql("""
						insert into reporting_refresh (municipality_id, year, requested_at) values (:m, :y, now())
						on conflict (municipality_id, year) do update set requested_at = now()""")
						.param("m", MUENSTER).param("y", y).update();
			}
		}));
	}
}
