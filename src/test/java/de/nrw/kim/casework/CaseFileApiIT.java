package de.nrw.kim.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Cases": assessment with history, goals, contacts and follow-ups — and the bad input a user can type. */
@KimIntegrationTest
class CaseFileApiIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

	@LocalServerPort
	int port;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	String openCase() {
		String clientId = cm().post("/clients", Map.of("givenName", "Dmytro", "familyName",
				"Test-" + UUID.randomUUID().toString().substring(0, 8), "gender", "MALE")).text("id");
		return cm().post("/cases", Map.of("clientId", clientId)).text("id");
	}

	static List<String> fields(ApiClient.Response response) {
		return response.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}

	static Map<String, Object> domain(String domain, String need, String note) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("domain", domain);
		entry.put("need", need);
		entry.put("note", note);
		return entry;
	}

	@Nested
	class Assessment {

		@Test
		void eachAssessmentIsKeptAndComparedWithThePreviousOne() {
			String id = openCase();
			ApiClient.Response first = cm().put("/cases/" + id + "/assessment", Map.of("domains", List.of(
					domain("LANGUAGE", "HIGH", "A1"), domain("WORK", "MEDIUM", null))));
			assertThat(first.status()).isEqualTo(200);
			assertThat(first.text("assessedOn")).isEqualTo(TODAY.toString());
			assertThat(first.json().path("domains").valueStream().map(d -> d.path("change").asString()))
					.containsOnly("NEW");

			ApiClient.Response second = cm().put("/cases/" + id + "/assessment", Map.of("domains", List.of(
					domain("LANGUAGE", "LOW", "B1 erreicht"), domain("WORK", "HIGH", null), domain("HOUSING", "NONE", null))));
			assertThat(second.status()).isEqualTo(200);
			Map<String, JsonNode> byDomain = new HashMap<>();
			second.json().path("domains").valueStream().forEach(d -> byDomain.put(d.path("domain").asString(), d));
			assertThat(byDomain.get("LANGUAGE").path("previousNeed").asString()).isEqualTo("HIGH");
			assertThat(byDomain.get("LANGUAGE").path("change").asString()).isEqualTo("IMPROVED");
			assertThat(byDomain.get("WORK").path("change").asString()).isEqualTo("WORSENED");
			assertThat(byDomain.get("HOUSING").path("change").asString()).isEqualTo("NEW");

			ApiClient.Response history = cm().get("/cases/" + id + "/assessments");
			assertThat(history.status()).isEqualTo(200);
			assertThat(history.json().size()).isEqualTo(2);
			assertThat(history.json().get(0).path("id").asString()).isEqualTo(second.text("id"));
			assertThat(history.json().get(1).path("id").asString()).isEqualTo(first.text("id"));
		}

		@Test
		void duplicateUnknownAndMissingDomainsAreFieldErrorsAndNothingIsStored() {
			String id = openCase();
			ApiClient.Response duplicate = cm().put("/cases/" + id + "/assessment", Map.of("domains", List.of(
					domain("LANGUAGE", "HIGH", null), domain("LANGUAGE", "LOW", null))));
			assertThat(duplicate.status()).isEqualTo(400);
			assertThat(fields(duplicate)).containsExactly("domains[1].domain");

			ApiClient.Response unknownDomain = cm().put("/cases/" + id + "/assessment",
					Map.of("domains", List.of(domain("KOCHEN", "HIGH", null))));
			assertThat(unknownDomain.status()).isEqualTo(400);
			assertThat(fields(unknownDomain)).containsExactly("domains[0].domain");

			ApiClient.Response unknownNeed = cm().put("/cases/" + id + "/assessment",
					Map.of("domains", List.of(domain("LANGUAGE", "VERY_HIGH", null))));
			assertThat(unknownNeed.status()).isEqualTo(400);
			assertThat(fields(unknownNeed)).containsExactly("domains[0].need");

			ApiClient.Response empty = cm().put("/cases/" + id + "/assessment", Map.of("domains", List.of()));
			assertThat(empty.status()).isEqualTo(400);
			assertThat(fields(empty)).containsExactly("domains");

			ApiClient.Response missingNeed = cm().put("/cases/" + id + "/assessment",
					Map.of("domains", List.of(domain("LANGUAGE", null, "x".repeat(2001)))));
			assertThat(fields(missingNeed)).containsExactlyInAnyOrder("domains[0].need", "domains[0].note");

			assertThat(cm().get("/cases/" + id + "/assessments").json().size()).isZero();
		}
	}

	@Nested
	class Goals {

		@Test
		void aGoalIsCreatedOpenAndItsStatusChanges() {
			String id = openCase();
			ApiClient.Response goal = cm().post("/cases/" + id + "/goals",
					Map.of("domain", "LANGUAGE", "title", "Deutschkurs B1 abschließen", "dueOn", TODAY.plusMonths(6).toString()));
			assertThat(goal.status()).isEqualTo(201);
			assertThat(goal.header("Location")).endsWith("/goals/" + goal.text("id"));
			assertThat(goal.text("status")).isEqualTo("OPEN");

			ApiClient.Response achieved = cm().patch("/cases/" + id + "/goals/" + goal.text("id"), Map.of("status", "ACHIEVED"));
			assertThat(achieved.status()).isEqualTo(200);
			assertThat(achieved.text("status")).isEqualTo("ACHIEVED");
			assertThat(achieved.json().path("version").asInt()).isEqualTo(1);

			ApiClient.Response stale = cm().patch("/cases/" + id + "/goals/" + goal.text("id"),
					Map.of("status", "DROPPED", "version", 0));
			assertThat(stale.status()).isEqualTo(409);
			assertThat(stale.text("type")).endsWith("/stale-version");

			ApiClient.Response list = cm().get("/cases/" + id + "/goals");
			assertThat(list.json().size()).isEqualTo(1);
			assertThat(list.json().get(0).path("status").asString()).isEqualTo("ACHIEVED");
		}

		@Test
		void badGoalsAreFieldErrors() {
			String id = openCase();
			ApiClient.Response missing = cm().post("/cases/" + id + "/goals", Map.of("title", " "));
			assertThat(fields(missing)).containsExactlyInAnyOrder("domain", "title");
			ApiClient.Response impossible = cm().post("/cases/" + id + "/goals",
					Map.of("domain", "WORK", "title", "Job", "dueOn", "2023-02-30"));
			assertThat(impossible.status()).isEqualTo(400);
			assertThat(fields(impossible)).containsExactly("dueOn");
			ApiClient.Response early = cm().post("/cases/" + id + "/goals",
					Map.of("domain", "WORK", "title", "Job", "dueOn", TODAY.minusYears(1).toString()));
			assertThat(fields(early)).containsExactly("dueOn");
			ApiClient.Response status = cm().post("/cases/" + id + "/goals", Map.of("domain", "WORK", "title", "Job"));
			ApiClient.Response unknownStatus = cm().patch("/cases/" + id + "/goals/" + status.text("id"),
					Map.of("status", "HALF_DONE"));
			assertThat(unknownStatus.status()).isEqualTo(400);
			assertThat(fields(unknownStatus)).containsExactly("status");
		}

		@Test
		void aGoalOfAnotherCaseIsNotFound() {
			String mine = openCase();
			String other = openCase();
			String goal = cm().post("/cases/" + other + "/goals", Map.of("domain", "WORK", "title", "Job")).text("id");
			assertThat(cm().patch("/cases/" + mine + "/goals/" + goal, Map.of("status", "ACHIEVED")).status()).isEqualTo(404);
			assertThat(cm().patch("/cases/" + mine + "/goals/" + UUID.randomUUID(), Map.of("status", "ACHIEVED")).status())
					.isEqualTo(404);
		}
	}

	@Nested
	class Contacts {

		Map<String, Object> contact(String on, Object minutes, String note) {
			Map<String, Object> contact = new HashMap<>();
			contact.put("on", on);
			contact.put("mode", "PHONE");
			contact.put("minutes", minutes);
			contact.put("interpreter", true);
			contact.put("note", note);
			return contact;
		}

		@Test
		void contactsAreRecordedAndListedNewestFirstInPages() {
			String id = openCase();
			ApiClient.Response older = cm().post("/cases/" + id + "/contacts", contact(TODAY.minusDays(7).toString(), 30, "Termin"));
			assertThat(older.status()).isEqualTo(201);
			assertThat(older.json().path("interpreter").asBoolean()).isTrue();
			ApiClient.Response newer = cm().post("/cases/" + id + "/contacts", contact(TODAY.toString(), 600, null));
			assertThat(newer.status()).isEqualTo(201);

			ApiClient.Response page = cm().get("/cases/" + id + "/contacts?size=1");
			assertThat(page.json().path("total").asLong()).isEqualTo(2);
			assertThat(page.json().path("items").get(0).path("id").asString()).isEqualTo(newer.text("id"));
			ApiClient.Response second = cm().get("/cases/" + id + "/contacts?size=1&page=1");
			assertThat(second.json().path("items").get(0).path("id").asString()).isEqualTo(older.text("id"));
		}

		@Test
		void aTwoMegabyteNoteIsAClearFieldErrorNotACrash() {
			String id = openCase();
			ApiClient.Response rejected = cm().post("/cases/" + id + "/contacts",
					contact(TODAY.toString(), 30, "x".repeat(2 * 1024 * 1024)));
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(rejected.contentType()).startsWith("application/problem+json");
			assertThat(fields(rejected)).containsExactly("note");
			assertThat(rejected.json().path("errors").get(0).path("message").asString()).contains("10.000");
			assertThat(cm().get("/cases/" + id + "/contacts").json().path("total").asLong()).isZero();
		}

		@Test
		void impossibleFutureAndOutOfRangeValuesAreFieldErrors() {
			String id = openCase();
			ApiClient.Response impossible = cm().post("/cases/" + id + "/contacts", contact("2023-02-30", 30, null));
			assertThat(impossible.status()).isEqualTo(400);
			assertThat(fields(impossible)).containsExactly("on");
			ApiClient.Response future = cm().post("/cases/" + id + "/contacts", contact(TODAY.plusDays(1).toString(), 30, null));
			assertThat(fields(future)).containsExactly("on");
			ApiClient.Response minutes = cm().post("/cases/" + id + "/contacts", contact(TODAY.toString(), 601, null));
			assertThat(fields(minutes)).containsExactly("minutes");
			ApiClient.Response zero = cm().post("/cases/" + id + "/contacts", contact(TODAY.toString(), 0, null));
			assertThat(fields(zero)).containsExactly("minutes");
			ApiClient.Response text = cm().post("/cases/" + id + "/contacts", contact(TODAY.toString(), "lang", null));
			assertThat(fields(text)).containsExactly("minutes");
			Map<String, Object> unknownMode = contact(TODAY.toString(), 30, null);
			unknownMode.put("mode", "TELEPATHY");
			ApiClient.Response mode = cm().post("/cases/" + id + "/contacts", unknownMode);
			assertThat(mode.status()).isEqualTo(400);
			assertThat(fields(mode)).containsExactly("mode");
			assertThat(mode.json().path("errors").get(0).path("message").asString()).contains("IN_PERSON");
			ApiClient.Response malformed = cm().postRaw("/cases/" + id + "/contacts", "application/json", "{\"on\": ");
			assertThat(malformed.status()).isEqualTo(400);
			assertThat(cm().get("/cases/" + id + "/contacts").json().path("total").asLong()).isZero();
		}
	}

	@Nested
	class FollowUps {

		@Test
		void followUpsAppearOnTheWorklistUntilDone() {
			String id = openCase();
			ApiClient.Response soon = cm().post("/cases/" + id + "/follow-ups",
					Map.of("dueOn", TODAY.plusDays(2).toString(), "title", "Bescheid Jobcenter nachfragen"));
			assertThat(soon.status()).isEqualTo(201);
			assertThat(soon.json().path("done").asBoolean()).isFalse();
			ApiClient.Response later = cm().post("/cases/" + id + "/follow-ups",
					Map.of("dueOn", TODAY.plusDays(40).toString(), "title", "Kursende"));

			ApiClient.Response worklist = cm().get("/follow-ups?mine=true&size=200&dueBefore=" + TODAY.plusDays(14));
			assertThat(worklist.status()).isEqualTo(200);
			List<String> ids = worklist.json().path("items").valueStream().map(f -> f.path("id").asString()).toList();
			assertThat(ids).contains(soon.text("id")).doesNotContain(later.text("id"));
			assertThat(worklist.json().path("items").valueStream()
					.filter(f -> f.path("id").asString().equals(soon.text("id"))).findFirst().orElseThrow()
					.path("clientId").asString()).isNotBlank();

			ApiClient.Response done = cm().patch("/follow-ups/" + soon.text("id"), Map.of("done", true));
			assertThat(done.status()).isEqualTo(200);
			assertThat(done.json().path("done").asBoolean()).isTrue();
			assertThat(done.text("doneBy")).isEqualTo("cm.koeln");
			assertThat(cm().get("/follow-ups?mine=true&size=200").json().path("items").valueStream()
					.map(f -> f.path("id").asString())).doesNotContain(soon.text("id")).contains(later.text("id"));
			assertThat(cm().get("/cases/" + id + "/follow-ups").json().size()).isEqualTo(2);
		}

		@Test
		void badFollowUpsAndForeignIdsAreRefused() {
			String id = openCase();
			assertThat(fields(cm().post("/cases/" + id + "/follow-ups", Map.of("dueOn", "2023-02-30", "title", "x"))))
					.containsExactly("dueOn");
			assertThat(fields(cm().post("/cases/" + id + "/follow-ups", Map.of("dueOn", TODAY.minusDays(1).toString(), "title", "x"))))
					.containsExactly("dueOn");
			assertThat(fields(cm().post("/cases/" + id + "/follow-ups", Map.of("title", ""))))
					.containsExactlyInAnyOrder("dueOn", "title");
			assertThat(fields(cm().get("/follow-ups?dueBefore=2023-02-30"))).containsExactly("dueBefore");

			String followUp = cm().post("/cases/" + id + "/follow-ups", Map.of("dueOn", TODAY.toString(), "title", "x")).text("id");
			assertThat(ApiClient.as(port, "cm2.koeln").patch("/follow-ups/" + followUp, Map.of("done", true)).status()).isEqualTo(404);
			assertThat(ApiClient.as(port, "cm.muenster").patch("/follow-ups/" + followUp, Map.of("done", true)).status()).isEqualTo(404);
			assertThat(cm().patch("/follow-ups/" + UUID.randomUUID(), Map.of("done", true)).status()).isEqualTo(404);
			assertThat(fields(cm().patch("/follow-ups/" + followUp, Map.of("done", false)))).containsExactly("done");
			assertThat(ApiClient.as(port, "cm2.koeln").get("/follow-ups?size=200").json().path("items").valueStream()
					.map(f -> f.path("id").asString())).doesNotContain(followUp);
		}
	}
}
