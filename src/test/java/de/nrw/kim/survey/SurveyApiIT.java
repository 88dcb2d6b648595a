package de.nrw.kim.survey;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6, surveys: the ministry builds and sends, coordinators answer, the ministry evaluates — over HTTP. */
@KimIntegrationTest
class SurveyApiIT {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	ApiClient land() {
		return ApiClient.as(port, "land");
	}

	static Map<String, Object> question(String kind, String text, boolean required, Object... more) {
		Map<String, Object> q = new java.util.LinkedHashMap<>();
		q.put("kind", kind);
		q.put("text", text);
		q.put("required", required);
		for (int i = 0; i < more.length; i += 2) {
			q.put((String) more[i], more[i + 1]);
		}
		return q;
	}

	static Map<String, Object> survey(String title) {
		return Map.of("title", title, "description", "Testbefragung", "questionnaire", Map.of("sections", List.of(
				Map.of("title", "Allgemein", "questions", List.of(
						question("SINGLE_CHOICE", "Personalsituation?", true, "options", List.of("gut", "knapp", "schlecht")),
						question("MULTIPLE_CHOICE", "Hindernisse?", false, "options", List.of("Wohnungen", "Sprache", "Behörden")),
						question("SCALE", "Zusammenarbeit Jobcenter?", true, "min", 1, "max", 5, "minLabel", "schlecht", "maxLabel", "gut"))),
				Map.of("title", "Zahlen und Wünsche", "questions", List.of(
						question("NUMBER", "Unbesetzte Stellen?", false, "min", 0, "max", 20),
						question("TEXT", "Wünsche?", false))))));
	}

	String sentSurvey(String title, List<String> keys) {
		String id = land().post("/surveys", survey(title)).text("id");
		var sent = land().post("/surveys/" + id + "/send", keys == null ? Map.of("deadline", LocalDate.now().plusDays(10).toString())
				: Map.of("deadline", LocalDate.now().plusDays(10).toString(), "municipalityKeys", keys));
		assertThat(sent.status()).as(sent.raw().body()).isEqualTo(200);
		return id;
	}

	@Test
	void theMinistryBuildsADraftAndChangesItWithItsVersion() {
		var created = land().post("/surveys", survey("Entwurf ändern"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("state")).isEqualTo("DRAFT");
		assertThat(created.json().at("/questionnaire/sections/1/questions/1/id").asString()).isEqualTo("q5");
		String id = created.text("id");
		int version = created.json().get("version").asInt();

		Map<String, Object> changed = new java.util.HashMap<>(survey("Entwurf geändert"));
		changed.put("version", version);
		var updated = land().put("/surveys/" + id, changed);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.text("title")).isEqualTo("Entwurf geändert");

		var stale = land().put("/surveys/" + id, changed);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("type")).endsWith("/stale-version");
	}

	@Test
	void aBrokenQuestionnaireIsRefusedInGermanPerField() {
		var response = land().post("/surveys", Map.of("title", "", "questionnaire", Map.of("sections", List.of(Map.of("title", "A",
				"questions", List.of(question("SINGLE_CHOICE", "Nur eine Option", true, "options", List.of("ja")),
						question("SCALE", "Skala", true, "min", 1, "max", 40)))))));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.raw().body()).contains("\"title\"", "sections[0].questions[0].options", "sections[0].questions[1].max",
				"verschiedene Antwortmöglichkeiten", "Skala beginnt bei 0 oder 1");
	}

	@Test
	void aSentSurveyCannotChangeItsQuestions() {
		String id = sentSurvey("Versandt und eingefroren", null);
		var view = land().get("/surveys/" + id);
		assertThat(view.json().get("municipalityKeys").size()).isEqualTo(54);
		Map<String, Object> changed = new java.util.HashMap<>(survey("Nachträglich geändert"));
		changed.put("version", view.json().get("version").asInt());
		var refused = land().put("/surveys/" + id, changed);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("type")).endsWith("/survey-sent");
		assertThat(land().post("/surveys/" + id + "/send", Map.of("deadline", LocalDate.now().plusDays(3).toString())).status())
				.isEqualTo(409);
	}

	@Test
	void sendingNeedsAFutureDeadlineAndKnownMunicipalities() {
		String id = land().post("/surveys", survey("Frist prüfen")).text("id");
		var past = land().post("/surveys/" + id + "/send", Map.of("deadline", LocalDate.now().minusDays(1).toString()));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.raw().body()).contains("nicht in der Vergangenheit");
		var unknown = land().post("/surveys/" + id + "/send", Map.of("deadline", LocalDate.now().plusDays(5).toString(),
				"municipalityKeys", List.of("05999")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.raw().body()).contains("Unbekannter Gemeindeschlüssel: 05999");
		assertThat(land().get("/surveys/" + id).text("state")).isEqualTo("DRAFT");
	}

	@Test
	void onlyChosenMunicipalitiesSeeASurvey() {
		String id = sentSurvey("Nur Köln", List.of("05315"));
		assertThat(ApiClient.as(port, "koord.koeln").get("/surveys/" + id).status()).isEqualTo(200);
		assertThat(ApiClient.as(port, "koord.muenster").get("/surveys/" + id).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "koord.muenster").get("/surveys?assigned=true").raw().body()).doesNotContain(id);
		assertThat(ApiClient.as(port, "koord.koeln").get("/surveys?assigned=true").raw().body()).contains(id);
		assertThat(ApiClient.as(port, "koord.muenster").get("/surveys/" + id + "/response").status()).isEqualTo(404);
		String draft = land().post("/surveys", survey("Nie versandt")).text("id");
		assertThat(ApiClient.as(port, "koord.koeln").get("/surveys/" + draft).status()).isEqualTo(404);
	}

	@Test
	void otherRolesCannotBuildOrAnswer() {
		assertThat(ApiClient.as(port, "koord.koeln").post("/surveys", survey("Von der Kommune")).status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "cm.koeln").get("/surveys").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "bewilligung").get("/surveys").status()).isEqualTo(403);
		String id = sentSurvey("Rollen", null);
		assertThat(land().put("/surveys/" + id + "/response", Map.of("answers", Map.of())).status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "koord.koeln").get("/surveys/" + id + "/status").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "koord.koeln").get("/surveys/" + id + "/results").status()).isEqualTo(403);
	}

	@Test
	void aCoordinatorGetsGermanErrorsPerQuestionAndChangesNothing() {
		String id = sentSurvey("Fehler je Frage", null);
		ApiClient koeln = ApiClient.as(port, "koord.koeln");
		var wrong = koeln.put("/surveys/" + id + "/response", Map.of("answers", Map.of("q1", "sehr gut", "q3", 9, "q4", 25,
				"q2", List.of("Sprache", "Wetter"))));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.raw().body()).contains("„sehr gut“ ist keine Antwortmöglichkeit", "„Wetter“ ist keine Antwortmöglichkeit",
				"Bitte einen Wert von 1 bis 5 wählen", "Die Zahl muss zwischen 0 und 20 liegen");
		assertThat(koeln.get("/surveys/" + id + "/response").text("status")).isEqualTo("NOT_STARTED");

		var draft = koeln.put("/surveys/" + id + "/response", Map.of("answers", Map.of("q4", "3,5")));
		assertThat(draft.status()).as(draft.raw().body()).isEqualTo(200);
		assertThat(draft.text("status")).isEqualTo("DRAFT");

		var incomplete = koeln.post("/surveys/" + id + "/response/submit", Map.of());
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.json().get("errors").toString()).contains("q1", "q3", "Pflichtfrage");
		assertThat(koeln.get("/surveys/" + id + "/response").text("status")).isEqualTo("DRAFT");
	}

	@Test
	void answersAreSubmittedChangedUntilTheDeadlineAndEvaluated() throws Exception {
		String id = sentSurvey("Auswertung", List.of("05315", "05515", "05913"));
		ApiClient koeln = ApiClient.as(port, "koord.koeln");
		var submitted = koeln.post("/surveys/" + id + "/response/submit", Map.of("answers", Map.of("q1", "knapp",
				"q2", List.of("Wohnungen", "Sprache"), "q3", 4, "q4", 2, "q5", "=HYPERLINK(\"http://böse\")")));
		assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
		assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
		int version = submitted.json().get("version").asInt();

		var stale = koeln.put("/surveys/" + id + "/response", Map.of("answers", Map.of("q1", "gut", "q3", 5), "version", version - 1));
		assertThat(stale.status()).isEqualTo(409);
		var changed = koeln.put("/surveys/" + id + "/response", Map.of("answers", Map.of("q1", "gut", "q2", List.of("Sprache"),
				"q3", 5, "q5", "=HYPERLINK(\"http://böse\")"), "version", version));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.text("status")).isEqualTo("SUBMITTED");
		var removesRequired = koeln.put("/surveys/" + id + "/response", Map.of("answers", Map.of("q3", 5),
				"version", changed.json().get("version").asInt()));
		assertThat(removesRequired.status()).as("a submitted answer stays complete").isEqualTo(400);

		ApiClient.as(port, "koord.muenster").put("/surveys/" + id + "/response", Map.of("answers", Map.of("q1", "schlecht")));

		var status = land().get("/surveys/" + id + "/status");
		assertThat(status.json().get("submitted").asInt()).isEqualTo(1);
		assertThat(status.json().get("drafts").asInt()).isEqualTo(1);
		assertThat(status.json().get("notStarted").asInt()).isEqualTo(1);
		assertThat(status.raw().body()).contains("\"Dortmund\"");

		var results = land().get("/surveys/" + id + "/results");
		assertThat(results.json().get("submitted").asInt()).isEqualTo(1);
		var q1 = results.json().get("questions").get(0);
		assertThat(q1.get("counts").toString()).contains("{\"label\":\"gut\",\"count\":1", "{\"label\":\"schlecht\",\"count\":0");
		assertThat(results.json().get("questions").get(4).get("texts").get(0).get("municipalityName").asString()).isEqualTo("Köln");

		var csv = land().getBytes("/surveys/" + id + "/results?format=csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(text).contains("Gemeindeschlüssel;Kommune;Status", "05315;Köln;abgegeben", "05515;Münster;Entwurf", "'=HYPERLINK");
		var xlsx = land().getBytes("/surveys/" + id + "/results?format=xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getSheet("Ergebnisse").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Frage");
			var koelnRow = workbook.getSheet("Antworten je Kommune").getRow(2);
			assertThat(koelnRow.getCell(1).getStringCellValue()).isEqualTo("Köln");
			var cell = koelnRow.getCell(8);
			assertThat(cell.getCellType()).as("a typed formula stays text").isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
		}
		assertThat(land().get("/surveys/" + id + "/results?format=pdf").status()).isEqualTo(400);

		deadlinePassed(id);
		var late = koeln.put("/surveys/" + id + "/response", Map.of("answers", Map.of("q1", "knapp", "q3", 5),
				"version", koeln.get("/surveys/" + id + "/response").json().get("version").asInt()));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.text("detail")).contains("Antwortfrist ist am", "nur noch gelesen");
		assertThat(koeln.get("/surveys/" + id + "/response").json().at("/answers/q1").asString()).isEqualTo("gut");
	}

	@Test
	void theDemoSurveyWentToAllMunicipalitiesAndKoelnHasAnswered() {
		var list = land().get("/surveys");
		String id = null;
		for (var s : list.json()) {
			if (s.get("title").asString().equals("Optimierungsbedarfe im KIM")) {
				id = s.get("id").asString();
			}
		}
		assertThat(id).isNotNull();
		var status = land().get("/surveys/" + id + "/status");
		assertThat(status.json().get("recipients").asInt()).isEqualTo(54);
		assertThat(status.raw().body()).contains("{\"key\":\"05315\",\"name\":\"Köln\",\"status\":\"SUBMITTED\"",
				"{\"key\":\"05515\",\"name\":\"Münster\",\"status\":\"DRAFT\"");
	}

	@Test
	void theDatabaseKeepsAnswersInTheirMunicipality() throws Exception {
		String id = sentSurvey("RLS", List.of("05315", "05515"));
		ApiClient.as(port, "koord.koeln").put("/surveys/" + id + "/response", Map.of("answers", Map.of("q1", "gut")));
		ApiClient.as(port, "koord.muenster").put("/surveys/" + id + "/response", Map.of("answers", Map.of("q1", "knapp")));
		JdbcClient jdbc = JdbcClient.create(dataSource);
		String sql = "select municipality_id from survey_response where survey_id = '" + id + "' order by 1";
		assertThat(as(Role.COORDINATOR, "05515", () -> jdbc.sql(sql).query(String.class).list())).containsExactly("05515");
		assertThat(as(Role.MINISTRY_ANALYST, null, () -> jdbc.sql(sql).query(String.class).list())).containsExactly("05315", "05515");
		assertThat(as(Role.GRANT_OFFICER, null, () -> jdbc.sql(sql).query(String.class).list())).isEmpty();
	}

	void deadlinePassed(String id) throws Exception {
		as(Role.MINISTRY_ANALYST, null, () -> transactions.execute(s -> JdbcClient.create(dataSource)
				.sql("update survey set deadline = current_date - 1 where id = :id").param("id", UUID.fromString(id)).update()));
	}

	static <T> T as(Role role, String municipality, Callable<T> work) throws Exception {
		CurrentUser user = new CurrentUser(UUID.randomUUID(), "survey-test", "Test", Set.of(role),
				municipality == null ? null : MunicipalityKey.of(municipality), null);
		CurrentUser.CurrentUserSource principal = () -> user;
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
				null, List.of(new SimpleGrantedAuthority(role.authority()))));
		try {
			return work.call();
		} finally {
			SecurityContextHolder.clearContext();
		}
	}
}
