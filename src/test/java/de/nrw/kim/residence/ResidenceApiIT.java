package de.nrw.kim.residence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Residence": status history with validation and history, facts and perspective hints over HTTP. */
@KimIntegrationTest
class ResidenceApiIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

	@LocalServerPort
	int port;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	String client(String birthDate, LocalDate arrival) {
		Map<String, Object> body = new HashMap<>();
		body.put("givenName", "Amina");
		body.put("familyName", "Aufenthalt-" + UUID.randomUUID().toString().substring(0, 8));
		body.put("gender", "FEMALE");
		body.put("birthDate", birthDate);
		if (arrival != null) {
			body.put("arrivalDate", arrival.toString());
		}
		ApiClient.Response created = cm().post("/clients", body);
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}

	static Map<String, Object> status(String type, LocalDate from, LocalDate until) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", type);
		body.put("validFrom", from.toString());
		body.put("validUntil", until == null ? null : until.toString());
		return body;
	}

	static List<String> fields(ApiClient.Response response) {
		return response.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}

	@Test
	void statusesAreValidatedKeptWithHistoryAndVersioned() {
		String id = client("1990-03-01", null);
		String path = "/clients/" + id + "/residence-statuses";
		ApiClient.Response first = cm().post(path, status("GESTATTUNG", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30)));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.text("type")).isEqualTo("GESTATTUNG");

		ApiClient.Response backwards = cm().post(path, status("DULDUNG", LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1)));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(fields(backwards)).containsExactly("validUntil");
		assertThat(backwards.json().path("errors").get(0).path("message").asString()).contains("nach");

		ApiClient.Response overlapping = cm().post(path, status("DULDUNG", LocalDate.of(2020, 6, 1), null));
		assertThat(overlapping.status()).isEqualTo(400);
		assertThat(fields(overlapping)).containsExactly("validFrom");
		assertThat(overlapping.json().path("errors").get(0).path("message").asString()).contains("überschneidet");

		Map<String, Object> marked = status("DULDUNG", LocalDate.of(2020, 6, 1), null);
		marked.put("mayOverlap", true);
		ApiClient.Response allowed = cm().post(path, marked);
		assertThat(allowed.status()).isEqualTo(201);

		ApiClient.Response badType = cm().post(path, status("VISUM", LocalDate.of(2020, 6, 1), null));
		assertThat(badType.status()).isEqualTo(400);
		assertThat(fields(badType)).containsExactly("type");

		String statusId = allowed.text("id");
		Map<String, Object> change = status("DULDUNG", LocalDate.of(2020, 7, 1), null);
		change.put("mayOverlap", true);
		change.put("conditions", "Wohnsitzauflage Köln; Beschäftigung erlaubt");
		change.put("version", 0);
		ApiClient.Response changed = cm().put(path + "/" + statusId, change);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("version").asInt()).isEqualTo(1);
		assertThat(cm().put(path + "/" + statusId, change).status()).isEqualTo(409);

		assertThat(cm().delete(path + "/" + first.text("id") + "?version=0").status()).isEqualTo(204);
		JsonNode remaining = cm().get(path).json();
		assertThat(remaining.size()).isEqualTo(1);
		assertThat(remaining.get(0).path("conditions").asString()).contains("Wohnsitzauflage");

		JsonNode history = cm().get(path + "/history").json();
		assertThat(history.valueStream().map(r -> r.path("change").asString()).toList())
				.containsExactlyInAnyOrder("CREATE", "CREATE", "UPDATE", "DELETE");
		assertThat(cm().get("/clients/" + id + "/export").raw().body()).contains("Wohnsitzauflage Köln").contains("GESTATTUNG");
	}

	@Test
	void otherOrganisationsAndMunicipalitiesFindNothing() {
		String id = client("1990", null);
		String path = "/clients/" + id + "/residence-statuses";
		assertThat(cm().post(path, status("DULDUNG", LocalDate.of(2020, 1, 1), null)).status()).isEqualTo(201);
		assertThat(ApiClient.as(port, "cm.caritas.koeln").get(path).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "cm.muenster").get(path).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "koord.koeln").get(path).status()).isIn(403, 404);
		assertThat(ApiClient.as(port, "abh.koeln").get(path).status()).isEqualTo(200);
	}

	@Test
	void aLongToleratedAdultGetsA25bHintToCheckAndEveryHintCarriesSourceAndVersion() {
		String id = client("1985-05-05", LocalDate.of(2016, 3, 1));
		cm().post("/clients/" + id + "/residence-statuses", status("GESTATTUNG", LocalDate.of(2016, 3, 1), LocalDate.of(2018, 2, 28)));
		cm().post("/clients/" + id + "/residence-statuses", status("DULDUNG", LocalDate.of(2018, 3, 1), TODAY.plusMonths(3)));

		JsonNode hints = cm().get("/clients/" + id + "/perspectives").json();
		JsonNode b = find(hints, "AUFENTHG_25B");
		assertThat(b.path("status").asString()).isEqualTo("CHECK");
		assertThat(b.path("reasons").valueStream().map(JsonNode::asString)).anyMatch(r -> r.startsWith("Erfüllt: 6 Jahre"));
		assertThat(b.path("reasons").valueStream().map(JsonNode::asString)).anyMatch(r -> r.startsWith("Unbekannt:"));
		hints.valueStream().forEach(h -> {
			assertThat(h.path("legalSource").asString()).isNotBlank();
			assertThat(h.path("rulesVersion").asString()).isNotBlank();
		});
	}

	@Test
	void aRecentArrivalGetsNotYetWithTheDateTheTimeIsReached() {
		LocalDate arrival = TODAY.minusMonths(4);
		String id = client("1995", arrival);
		cm().post("/clients/" + id + "/residence-statuses", status("GESTATTUNG", arrival, TODAY.plusMonths(2)));

		JsonNode b = find(cm().get("/clients/" + id + "/perspectives").json(), "AUFENTHG_25B");
		assertThat(b.path("status").asString()).isEqualTo("NOT_YET");
		String sixYears = arrival.plusYears(6).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		assertThat(b.path("reasons").valueStream().map(JsonNode::asString)).anyMatch(r -> r.contains("ab " + sixYears));
	}

	@Test
	void factsAreSavedWithVersionAndResidenceYearsComeFromTheHistory() {
		LocalDate arrival = LocalDate.of(2018, 3, 1);
		String id = client("2001-01-01", arrival);
		cm().post("/clients/" + id + "/residence-statuses", status("DULDUNG", arrival, null));
		JsonNode initial = cm().get("/clients/" + id + "/residence-facts").json();
		assertThat(initial.path("arrivalDate").asString()).isEqualTo("2018-03-01");
		assertThat(initial.path("residenceSince").asString()).isEqualTo("2018-03-01");
		assertThat(initial.path("criminalRecord").asString()).isEqualTo("UNKNOWN");

		Map<String, Object> facts = new HashMap<>(Map.of("schoolAttendance", "COMPLETED", "languageLevel", "B1",
				"languageLevelOn", "2024-05-01", "livelihoodSecured", "YES", "minorChildren", "NO", "criminalRecord", "NONE"));
		ApiClient.Response saved = cm().put("/clients/" + id + "/residence-facts", facts);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().path("version").asInt()).isEqualTo(0);
		assertThat(cm().put("/clients/" + id + "/residence-facts", facts).status()).isEqualTo(400);
		facts.put("version", 0);
		assertThat(cm().put("/clients/" + id + "/residence-facts", facts).status()).isEqualTo(200);
		assertThat(cm().put("/clients/" + id + "/residence-facts", facts).status()).isEqualTo(409);

		Map<String, Object> missingDate = new HashMap<>(facts);
		missingDate.remove("languageLevelOn");
		missingDate.put("version", 1);
		ApiClient.Response invalid = cm().put("/clients/" + id + "/residence-facts", missingDate);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(fields(invalid)).containsExactly("languageLevelOn");

		JsonNode b = find(cm().get("/clients/" + id + "/perspectives").json(), "AUFENTHG_25B");
		assertThat(b.path("status").asString()).isEqualTo("LIKELY");
	}

	@Test
	void oldResultsStayExplainableByTheRuleVersionValidOnTheirDay() {
		String id = client("1980", LocalDate.of(2014, 1, 1));
		cm().post("/clients/" + id + "/residence-statuses", status("DULDUNG", LocalDate.of(2014, 1, 1), null));
		JsonNode before = find(cm().get("/clients/" + id + "/perspectives?on=2022-06-01").json(), "AUFENTHG_25B");
		assertThat(before.path("rulesVersion").asString()).isEqualTo("25b-2015-08-01");
		assertThat(before.path("reasons").toString()).contains("8 Jahre");
		JsonNode now = find(cm().get("/clients/" + id + "/perspectives").json(), "AUFENTHG_25B");
		assertThat(now.path("rulesVersion").asString()).isEqualTo("25b-2022-12-31");
		JsonNode expired = find(cm().get("/clients/" + id + "/perspectives?on=2026-01-01").json(), "AUFENTHG_104C");
		assertThat(expired.path("reasons").get(0).asString()).contains("ausgelaufen");
	}

	@Test
	void theAbhWorklistShowsExpiriesWithHintsButNoCases() {
		String id = client("1990-01-01", LocalDate.of(2015, 1, 1));
		cm().post("/clients/" + id + "/residence-statuses", status("DULDUNG", LocalDate.of(2015, 1, 1), TODAY.plusDays(14)));
		cm().post("/cases", Map.of("clientId", id));
		ApiClient abh = ApiClient.as(port, "abh.koeln");
		JsonNode row = abh.get("/residence/worklist?withinDays=30&size=200").json().path("items").valueStream()
				.filter(i -> i.path("clientId").asString().equals(id)).findFirst().orElseThrow();
		assertThat(row.path("type").asString()).isEqualTo("DULDUNG");
		assertThat(row.path("validUntil").asString()).isEqualTo(TODAY.plusDays(14).toString());
		assertThat(row.path("hints").valueStream().map(h -> h.path("route").asString())).contains("AUFENTHG_25B");
		assertThat(abh.get("/cases").status()).isIn(403, 404);
		assertThat(abh.get("/clients/" + id).status()).isIn(403, 404);
		assertThat(cm().get("/residence/worklist?withinDays=30").status()).isEqualTo(403);
		assertThat(abh.get("/residence/worklist?withinDays=-1").status()).isEqualTo(400);
	}

	@Test
	void theCoordinatorGetsAggregatedFiguresOnly() {
		ApiClient koord = ApiClient.as(port, "koord.koeln");
		JsonNode before = koord.get("/residence/statistics").json();
		String citizen = client("1980", null);
		cm().post("/clients/" + citizen + "/residence-statuses", status("SETTLEMENT_PERMIT", LocalDate.of(2015, 1, 1), TODAY.withDayOfYear(1).minusDays(1)));
		cm().post("/clients/" + citizen + "/residence-statuses", status("GERMAN_CITIZEN", TODAY.withDayOfYear(1), null));
		String tolerated = client("1980", null);
		cm().post("/clients/" + tolerated + "/residence-statuses", status("DULDUNG", LocalDate.of(2015, 1, 1), null));
		cm().get("/clients/" + tolerated + "/perspectives");

		ApiClient.Response after = koord.get("/residence/statistics");
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.json().path("naturalisations").asLong()).isEqualTo(before.path("naturalisations").asLong() + 1);
		assertThat(after.json().path("clientsByStatusGroup").path("CITIZEN").asLong())
				.isEqualTo(before.path("clientsByStatusGroup").path("CITIZEN").asLong() + 1);
		assertThat(after.json().path("clientsByStatusGroup").path("PRECARIOUS").asLong())
				.isEqualTo(before.path("clientsByStatusGroup").path("PRECARIOUS").asLong() + 1);
		assertThat(after.json().path("hintsByRoute").path("AUFENTHG_25B").path("CHECK").asLong())
				.isGreaterThan(before.path("hintsByRoute").path("AUFENTHG_25B").path("CHECK").asLong(0));
		assertThat(after.raw().body()).doesNotContain(citizen).doesNotContain(tolerated);
		assertThat(cm().get("/residence/statistics").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "koord.muenster").get("/residence/statistics").json().path("naturalisations").asLong())
				.isLessThan(after.json().path("naturalisations").asLong() + 1);
	}

	@Test
	void recognitionMovesTheClientFromAsylblgToSgbIIWithAHandoverFollowUpOnTheOpenCase() {
		String id = client("1990", LocalDate.of(2022, 1, 1));
		String caseId = cm().post("/cases", Map.of("clientId", id)).text("id");
		cm().post("/clients/" + id + "/residence-statuses", status("GESTATTUNG", LocalDate.of(2022, 1, 1), TODAY.minusDays(1)));
		assertThat(cm().get("/clients/" + id + "/legal-domain-changes").json().size()).isZero();
		cm().post("/clients/" + id + "/residence-statuses", status("PERMIT_25_2", TODAY, TODAY.plusYears(3)));

		JsonNode changes = cm().get("/clients/" + id + "/legal-domain-changes").json();
		assertThat(changes.size()).isEqualTo(1);
		assertThat(changes.get(0).path("fromDomain").asString()).isEqualTo("ASYLBLG");
		assertThat(changes.get(0).path("toDomain").asString()).isEqualTo("SGB_II");
		assertThat(changes.get(0).path("followUps").asInt()).isEqualTo(1);
		assertThat(changes.get(0).path("checklist").get(0).asString()).contains("Jobcenter");
		JsonNode followUps = cm().get("/cases/" + caseId + "/follow-ups").json();
		assertThat(followUps.toString()).contains("Rechtskreiswechsel AsylbLG → SGB II");
		assertThat(casePage(caseId)).as("the case overview shows the handover checklist")
				.contains("Rechtskreiswechsel", "Übergabe-Checkliste", changes.get(0).path("checklist").get(0).asString());

		String extension = client("1990", null);
		cm().post("/clients/" + extension + "/residence-statuses", status("DULDUNG", LocalDate.of(2022, 1, 1), TODAY.minusDays(1)));
		cm().post("/clients/" + extension + "/residence-statuses", status("GESTATTUNG", TODAY, null));
		assertThat(cm().get("/clients/" + extension + "/legal-domain-changes").json().size()).isZero();
	}

	private String casePage(String caseId) {
		String credentials = java.util.Base64.getEncoder().encodeToString(
				("cm.koeln:" + ApiClient.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		java.net.http.HttpRequest request = java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + "/cases/" + caseId))
				.header("Authorization", "Basic " + credentials).header("Accept", "text/html").GET().build();
		try {
			java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(request,
					java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			return org.springframework.web.util.HtmlUtils.htmlUnescape(page.body());
		} catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	static JsonNode find(JsonNode hints, String route) {
		return hints.valueStream().filter(h -> h.path("route").asString().equals(route)).findFirst()
				.orElseThrow(() -> new AssertionError("kein Hinweis " + route + " in " + hints));
	}
}
