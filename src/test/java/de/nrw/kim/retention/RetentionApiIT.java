package de.nrw.kim.retention;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * API.md "Platform", retention line: a run deletes the persons whose cases all closed more than the
 * retention period before {@code asOf} in every module, leaves their cases as anonymised records and
 * the statistics untouched; a dry run counts the same and changes nothing; everything is audited and
 * reported without personal data.
 */
@KimIntegrationTest
class RetentionApiIT {

	static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	StatisticsRefresh refresh;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	ApiClient admin() {
		return ApiClient.as(port, "admin.koeln");
	}

	@Test
	void aRunDeletesThePersonEverywhereKeepsTheCaseAnonymisedAndLeavesTheStatisticsAlone() {
		String[] old = closedCaseWithCooperation("Altfall");
		String[] recent = closedCaseWithCooperation("Jungfall");
		String openClient = cm().post("/clients", Map.of("givenName", "Offen", "familyName", "Fall-" + suffix(), "gender", "MALE")).text("id");
		String openCase = cm().post("/cases", Map.of("clientId", openClient)).text("id");
		backdate(old[0], TODAY.minusYears(5), TODAY.minusYears(3).minusDays(1));
		refresh.refreshAll(TODAY.getYear() - 5, TODAY.getYear());
		List<Map<String, Object>> figuresBefore = figures();
		assertThat(figuresBefore).as("the old case is counted in its year")
				.anyMatch(row -> row.get("year").equals(TODAY.getYear() - 5) && row.get("measure").equals("newCases"));

		ApiClient.Response dry = admin().post("/admin/retention/run", Map.of("asOf", TODAY.toString(), "dryRun", true));
		assertThat(dry.status()).isEqualTo(200);
		assertThat(dry.json().path("deletedClients").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(dry.json().path("anonymisedCases").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(cm().get("/clients/" + old[1]).status()).as("a dry run changes nothing").isEqualTo(200);
		assertThat(cm().get("/cases/" + old[0]).status()).isEqualTo(200);
		assertThat(count("consent", old[1])).isEqualTo(1);

		ApiClient.Response run = admin().post("/admin/retention/run", Map.of("asOf", TODAY.toString(), "dryRun", false));
		assertThat(run.status()).isEqualTo(200);
		assertThat(run.json().path("deletedClients").asInt()).isEqualTo(dry.json().path("deletedClients").asInt());
		assertThat(run.json().path("anonymisedCases").asInt()).isEqualTo(dry.json().path("anonymisedCases").asInt());
		assertThat(run.json().path("erasedRecords").path("consents").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(run.json().path("erasedRecords").path("cooperation").asInt()).isGreaterThanOrEqualTo(1);

		assertThat(cm().get("/clients/" + old[1]).status()).isEqualTo(404);
		assertThat(cm().get("/cases/" + old[0]).status()).isEqualTo(404);
		assertThat(count("client", "id", old[1])).isZero();
		assertThat(count("consent", old[1])).isZero();
		assertThat(count("transmission", old[1])).isZero();
		assertThat(count("referral", old[1])).isZero();
		Map<String, Object> anonymised = tenant(() -> jdbc.sql(
				"select client_id, anonymised_at, closure_reason, phase from case_file where municipality_id = '05315' and id = :id")
				.param("id", UUID.fromString(old[0])).query().singleRow());
		assertThat(anonymised.get("client_id")).isNull();
		assertThat(anonymised.get("anonymised_at")).isNotNull();
		assertThat(anonymised).containsEntry("phase", "CLOSED").containsEntry("closure_reason", "GOALS_ACHIEVED");
		assertThat(tenant(() -> jdbc.sql("select count(*) from case_contact where municipality_id = '05315' and case_id = :c and note is not null")
				.param("c", UUID.fromString(old[0])).query(Long.class).single())).isZero();
		assertThat(tenant(() -> jdbc.sql("select count(*) from case_contact where municipality_id = '05315' and case_id = :c")
				.param("c", UUID.fromString(old[0])).query(Long.class).single())).as("contact minutes stay for the statistics").isEqualTo(1);
		assertThat(tenant(() -> jdbc.sql("select count(*) from case_goal where municipality_id = '05315' and case_id = :c")
				.param("c", UUID.fromString(old[0])).query(Long.class).single())).isZero();

		refresh.refreshRequested();
		assertThat(figures()).as("the condensed statistics do not change").isEqualTo(figuresBefore);
		assertThat(cm().get("/clients/" + recent[1]).status()).as("closed less than 3 years ago").isEqualTo(200);
		assertThat(cm().get("/cases/" + recent[0]).status()).isEqualTo(200);
		assertThat(cm().get("/clients/" + openClient).status()).isEqualTo(200);
		assertThat(cm().get("/cases/" + openCase).status()).isEqualTo(200);

		List<String> audit = admin().get("/audit?clientId=" + old[1] + "&size=200").json().path("items").valueStream()
				.map(e -> e.path("action").asString() + " " + e.path("entityType").asString()).toList();
		assertThat(audit).contains("DELETE Client");

		JsonNode report = admin().get("/admin/retention/runs?size=200").json().path("items");
		assertThat(report.valueStream().map(r -> r.path("id").asString()))
				.contains(dry.text("id"), run.text("id"));
		assertThat(report.toString()).doesNotContain("Altfall", "Amina");
		ApiClient.Response csv = admin().get("/admin/retention/runs.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.raw().body()).contains("Probelauf", "Löschlauf").doesNotContain("Altfall");
	}

	@Test
	void badInputIsRefusedInGermanAndOnlyTheAdministratorMayRun() {
		ApiClient.Response future = admin().post("/admin/retention/run", Map.of("asOf", TODAY.plusDays(1).toString(), "dryRun", true));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("asOf");
		assertThat(future.json().path("errors").get(0).path("message").asString()).contains("Zukunft");
		ApiClient.Response garbage = admin().post("/admin/retention/run", Map.of("asOf", "gestern", "dryRun", true));
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(cm().post("/admin/retention/run", Map.of("asOf", TODAY.toString(), "dryRun", true)).status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "cm.muenster").get("/admin/retention/runs").status()).isEqualTo(403);
	}

	@Test
	void theAdministratorSetsThePeriodWithAVersion() {
		JsonNode policy = admin().get("/admin/retention/policy").json();
		int version = policy.path("version").asInt();
		ApiClient.Response zero = admin().put("/admin/retention/policy", Map.of("retentionYears", 0, "legalBasis", "", "version", version));
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.json().path("errors").valueStream().map(e -> e.path("field").asString()))
				.containsExactlyInAnyOrder("retentionYears", "legalBasis");
		ApiClient.Response five = admin().put("/admin/retention/policy",
				Map.of("retentionYears", 5, "legalBasis", "Löschkonzept Köln 2026", "version", version));
		assertThat(five.status()).isEqualTo(200);
		assertThat(five.json().path("retentionYears").asInt()).isEqualTo(5);
		assertThat(five.json().path("standard").asBoolean()).isFalse();
		ApiClient.Response stale = admin().put("/admin/retention/policy",
				Map.of("retentionYears", 4, "legalBasis", "Löschkonzept Köln 2026", "version", version));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(admin().put("/admin/retention/policy", Map.of("retentionYears", 3, "legalBasis", "Löschkonzept Köln 2026",
				"version", five.json().path("version").asInt())).status()).isEqualTo(200);
		assertThat(ApiClient.as(port, "koord.koeln").get("/admin/retention/policy").status()).isEqualTo(403);
	}

	@Test
	void aRestrictedPersonIsHiddenFromCaseManagementUntilTheRestrictionIsLifted() {
		String family = "Sperre-" + suffix();
		String client = cm().post("/clients", Map.of("givenName", "Selma", "familyName", family, "gender", "FEMALE")).text("id");
		String caseId = cm().post("/cases", Map.of("clientId", client)).text("id");
		assertThat(admin().post("/admin/restrictions", Map.of("clientId", client, "reason", " ")).status()).isEqualTo(400);
		assertThat(admin().post("/admin/restrictions", Map.of("clientId", UUID.randomUUID().toString(), "reason", "Art. 18")).status())
				.isEqualTo(404);
		assertThat(cm().post("/admin/restrictions", Map.of("clientId", client, "reason", "Art. 18")).status()).isEqualTo(403);

		ApiClient.Response restricted = admin().post("/admin/restrictions",
				Map.of("clientId", client, "reason", "Richtigkeit bestritten (Art. 18 Abs. 1 lit. a DSGVO)"));
		assertThat(restricted.status()).isEqualTo(201);
		assertThat(admin().post("/admin/restrictions", Map.of("clientId", client, "reason", "noch einmal")).status()).isEqualTo(409);

		assertThat(cm().get("/clients/" + client).status()).isEqualTo(404);
		assertThat(cm().get("/cases/" + caseId).status()).isEqualTo(404);
		assertThat(cm().get("/clients?q=" + family).json().path("items").toString()).doesNotContain(client);
		assertThat(cm().get("/cases?size=200").json().path("items").toString()).doesNotContain(caseId);
		assertThat(ApiClient.as(port, "abh.koeln").get("/clients/" + client + "/residence-statuses").status()).isEqualTo(404);
		assertThat(admin().get("/admin/restrictions").json().toString()).contains(client, family);

		assertThat(admin().delete("/admin/restrictions/" + client).status()).isEqualTo(204);
		assertThat(admin().delete("/admin/restrictions/" + client).status()).isEqualTo(404);
		assertThat(cm().get("/clients/" + client).status()).isEqualTo(200);
		assertThat(cm().get("/cases/" + caseId).status()).isEqualTo(200);
		assertThat(cm().get("/clients?q=" + family).json().path("items").toString()).contains(client);

		List<String> audit = admin().get("/audit?clientId=" + client + "&size=200").json().path("items").valueStream()
				.filter(e -> e.path("entityType").asString().equals("ClientRestriction"))
				.map(e -> e.path("action").asString() + " " + e.path("actor").asString()).toList();
		assertThat(audit).containsSubsequence("UPDATE admin.koeln", "UPDATE admin.koeln");
	}

	/** A client with a case that had a contact, a goal, a consent and a referral, then closed: {caseId, clientId}. */
	private String[] closedCaseWithCooperation(String given) {
		String client = cm().post("/clients", Map.of("givenName", given, "familyName", "Amina-" + suffix(), "gender", "FEMALE",
				"birthDate", "1990-04-12")).text("id");
		String caseId = cm().post("/cases", Map.of("clientId", client)).text("id");
		Map<String, Object> contact = new HashMap<>();
		contact.put("on", TODAY.toString());
		contact.put("mode", "PHONE");
		contact.put("minutes", 30);
		contact.put("interpreter", false);
		contact.put("note", "Gespräch über Gesundheit und Familie");
		assertThat(cm().post("/cases/" + caseId + "/contacts", contact).status()).isEqualTo(201);
		assertThat(cm().post("/cases/" + caseId + "/goals", Map.of("domain", "LANGUAGE", "title", "Deutschkurs B1")).status())
				.isEqualTo(201);
		String jobcenter = cm().get("/partners?name=Jobcenter%20K%C3%B6ln").json().path("items").get(0).path("id").asString();
		Map<String, Object> consent = new HashMap<>();
		consent.put("partnerIds", List.of(jobcenter));
		consent.put("dataCategories", List.of("BASIC"));
		consent.put("purpose", "Vermittlung in Arbeit");
		consent.put("givenOn", TODAY.toString());
		assertThat(cm().post("/clients/" + client + "/consents", consent).status()).isEqualTo(201);
		Map<String, Object> referral = new HashMap<>();
		referral.put("partnerId", jobcenter);
		referral.put("domain", "SGB_II");
		referral.put("dataCategories", List.of("BASIC"));
		referral.put("note", "Bitte Termin anbieten.");
		referral.put("details", Map.of());
		assertThat(cm().post("/cases/" + caseId + "/referrals", referral).status()).isEqualTo(201);
		assertThat(cm().post("/cases/" + caseId + "/close", Map.of("reason", "GOALS_ACHIEVED")).status()).isEqualTo(200);
		return new String[] { caseId, client };
	}

	private void backdate(String caseId, LocalDate opened, LocalDate closed) {
		tenant(() -> jdbc.sql("update case_file set opened_on = :o, closed_on = :c where municipality_id = '05315' and id = :id")
				.param("o", opened).param("c", closed).param("id", UUID.fromString(caseId)).update());
	}

	private List<Map<String, Object>> figures() {
		return tenant(() -> jdbc.sql("select * from reporting_figure where municipality_id = '05315' order by year, scope, measure, month")
				.query().listOfRows());
	}

	private long count(String table, String clientId) {
		return count(table, "client_id", clientId);
	}

	private long count(String table, String column, String id) {
		return tenant(() -> jdbc.sql("select count(*) from " + table + " where municipality_id = '05315' and " + column + " = :id")
				.param("id", UUID.fromString(id)).query(Long.class).single());
	}

	private <T> T tenant(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(KOELN, () -> transactions.execute(tx -> work.get()));
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
