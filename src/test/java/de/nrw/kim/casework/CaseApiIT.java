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

/** API.md "Cases" over real HTTP: opening, phases, team sharing, need-to-know, closure, optimistic locking. */
@KimIntegrationTest
class CaseApiIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	ApiClient cm() {
		return as("cm.koeln");
	}

	String newClient() {
		ApiClient.Response created = cm().post("/clients",
				Map.of("givenName", "Amina", "familyName", "Test-" + UUID.randomUUID().toString().substring(0, 8), "gender", "FEMALE"));
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}

	ApiClient.Response openCase() {
		ApiClient.Response opened = cm().post("/cases", Map.of("clientId", newClient()));
		assertThat(opened.status()).isEqualTo(201);
		return opened;
	}

	static List<String> fields(ApiClient.Response response) {
		return response.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}

	@Nested
	class Opening {

		@Test
		void answers201WithLocationInIntakeWithTheCallerAsCaseManager() {
			String clientId = newClient();
			ApiClient.Response opened = cm().post("/cases", Map.of("clientId", clientId));
			assertThat(opened.status()).isEqualTo(201);
			assertThat(opened.header("Location")).endsWith("/api/v1/cases/" + opened.text("id"));
			assertThat(opened.text("clientId")).isEqualTo(clientId);
			assertThat(opened.text("phase")).isEqualTo("INTAKE");
			assertThat(opened.text("caseManager")).isEqualTo("cm.koeln");
			assertThat(opened.text("openedOn")).isEqualTo(TODAY.toString());
			assertThat(opened.json().path("version").asInt()).isZero();
			assertThat(opened.json().path("allowedPhases").valueStream().map(JsonNode::asString)).containsExactly("ASSESSMENT");

			ApiClient.Response read = cm().get("/cases/" + opened.text("id"));
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.text("phase")).isEqualTo("INTAKE");
			assertThat(read.text("clientName")).startsWith("Amina Test-");
		}

		@Test
		void aClientTheCallerCannotSeeIsNotFound() {
			String clientId = newClient();
			assertThat(as("cm.caritas.koeln").post("/cases", Map.of("clientId", clientId)).status()).isEqualTo(404);
			assertThat(as("cm.muenster").post("/cases", Map.of("clientId", clientId)).status()).isEqualTo(404);
			assertThat(cm().post("/cases", Map.of("clientId", UUID.randomUUID().toString())).status()).isEqualTo(404);
		}

		@Test
		void aMissingOrMalformedClientIdIsAFieldError() {
			ApiClient.Response missing = cm().post("/cases", Map.of());
			assertThat(missing.status()).isEqualTo(400);
			assertThat(fields(missing)).containsExactly("clientId");
			ApiClient.Response malformed = cm().post("/cases", Map.of("clientId", "kein-uuid"));
			assertThat(malformed.status()).isEqualTo(400);
			assertThat(fields(malformed)).containsExactly("clientId");
		}
	}

	@Nested
	class Phases {

		Map<String, Object> change(String phase, int version) {
			return Map.of("phase", phase, "version", version);
		}

		@Test
		void forwardOneStepAtATimeAndBackToAnyEarlierPhase() {
			String id = openCase().text("id");
			ApiClient.Response assessment = cm().post("/cases/" + id + "/phase", change("ASSESSMENT", 0));
			assertThat(assessment.status()).isEqualTo(200);
			assertThat(assessment.text("phase")).isEqualTo("ASSESSMENT");
			assertThat(assessment.json().path("version").asInt()).isEqualTo(1);
			assertThat(cm().post("/cases/" + id + "/phase", change("PLANNING", 1)).text("phase")).isEqualTo("PLANNING");
			ApiClient.Response implementation = cm().post("/cases/" + id + "/phase", change("IMPLEMENTATION", 2));
			assertThat(implementation.text("phase")).isEqualTo("IMPLEMENTATION");
			assertThat(implementation.json().path("allowedPhases").valueStream().map(JsonNode::asString))
					.containsExactly("INTAKE", "ASSESSMENT", "PLANNING");
			ApiClient.Response back = cm().post("/cases/" + id + "/phase", change("INTAKE", 3));
			assertThat(back.status()).isEqualTo(200);
			assertThat(back.text("phase")).isEqualTo("INTAKE");

			ApiClient.Response history = cm().get("/cases/" + id + "/history");
			assertThat(history.json().valueStream().map(h -> h.path("to").asString()))
					.containsExactly("INTAKE", "ASSESSMENT", "PLANNING", "IMPLEMENTATION", "INTAKE");
		}

		@Test
		void skippingClosingUnknownAndSamePhaseAreInvalidTransitions() {
			String id = openCase().text("id");
			for (String phase : List.of("PLANNING", "IMPLEMENTATION", "CLOSED", "INTAKE", "FERTIG", "intake")) {
				ApiClient.Response rejected = cm().post("/cases/" + id + "/phase", change(phase, 0));
				assertThat(rejected.status()).as(phase).isEqualTo(409);
				assertThat(rejected.text("type")).as(phase).endsWith("/invalid-transition");
				assertThat(rejected.contentType()).startsWith("application/problem+json");
			}
			ApiClient.Response unchanged = cm().get("/cases/" + id);
			assertThat(unchanged.text("phase")).isEqualTo("INTAKE");
			assertThat(unchanged.json().path("version").asInt()).isZero();
		}

		@Test
		void aStaleVersionIs409AndChangesNothing() {
			String id = openCase().text("id");
			assertThat(cm().post("/cases/" + id + "/phase", change("ASSESSMENT", 0)).status()).isEqualTo(200);
			ApiClient.Response stale = as("cm.koeln").post("/cases/" + id + "/phase", change("PLANNING", 0));
			assertThat(stale.status()).isEqualTo(409);
			assertThat(stale.text("type")).endsWith("/stale-version");
			assertThat(cm().get("/cases/" + id).text("phase")).isEqualTo("ASSESSMENT");
		}

		@Test
		void theVersionMustBeSent() {
			String id = openCase().text("id");
			ApiClient.Response rejected = cm().post("/cases/" + id + "/phase", Map.of("phase", "ASSESSMENT"));
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(fields(rejected)).containsExactly("version");
		}
	}

	@Nested
	class NeedToKnow {

		@Test
		void aColleagueOfTheSameOrganisationSeesTheCaseOnlyWhenItIsSharedWithTheTeam() {
			String id = openCase().text("id");
			assertThat(as("cm2.koeln").get("/cases/" + id).status()).isEqualTo(404);
			assertThat(ids(as("cm2.koeln").get("/cases?size=200"))).doesNotContain(id);

			ApiClient.Response shared = cm().put("/cases/" + id + "/team", Map.of("shared", true, "version", 0));
			assertThat(shared.status()).isEqualTo(200);
			assertThat(shared.json().path("teamShared").asBoolean()).isTrue();
			assertThat(as("cm2.koeln").get("/cases/" + id).status()).isEqualTo(200);
			assertThat(ids(as("cm2.koeln").get("/cases?size=200"))).contains(id);
			assertThat(ids(as("cm2.koeln").get("/cases?mine=true&size=200"))).doesNotContain(id);
			assertThat(as("cm2.koeln").post("/cases/" + id + "/contacts", contact()).status()).isEqualTo(201);

			ApiClient.Response unshared = cm().put("/cases/" + id + "/team", Map.of("shared", false, "version", 1));
			assertThat(unshared.status()).isEqualTo(200);
			assertThat(as("cm2.koeln").get("/cases/" + id).status()).isEqualTo(404);
		}

		@Test
		void onlyTheCaseManagerMayChangeTheSharing() {
			String id = openCase().text("id");
			cm().put("/cases/" + id + "/team", Map.of("shared", true, "version", 0));
			assertThat(as("cm2.koeln").put("/cases/" + id + "/team", Map.of("shared", false, "version", 1)).status())
					.isEqualTo(403);
		}

		@Test
		void anotherOrganisationOrMunicipalitySeesNothingEvenWhenShared() {
			String id = openCase().text("id");
			cm().put("/cases/" + id + "/team", Map.of("shared", true, "version", 0));
			for (String user : List.of("cm.caritas.koeln", "cm.muenster")) {
				ApiClient.Response foreign = as(user).get("/cases/" + id);
				ApiClient.Response missing = as(user).get("/cases/" + UUID.randomUUID());
				assertThat(foreign.status()).as(user).isEqualTo(404);
				assertThat(foreign.json().path("detail")).isEqualTo(missing.json().path("detail"));
				assertThat(as(user).get("/cases/" + id + "/contacts").status()).as(user).isEqualTo(404);
				assertThat(as(user).post("/cases/" + id + "/contacts", contact()).status()).as(user).isEqualTo(404);
				assertThat(as(user).post("/cases/" + id + "/phase", Map.of("phase", "ASSESSMENT", "version", 1)).status())
						.as(user).isEqualTo(404);
				assertThat(ids(as(user).get("/cases?size=200"))).as(user).doesNotContain(id);
			}
		}

		@Test
		void rolesWithoutCaseWorkGet403OnEveryCaseEndpoint() {
			String id = openCase().text("id");
			for (String user : List.of("koord.koeln", "abh.koeln", "admin.koeln", "land", "bewilligung")) {
				assertThat(as(user).get("/cases/" + id).status()).as(user).isEqualTo(403);
				assertThat(as(user).get("/cases").status()).as(user).isEqualTo(403);
				assertThat(as(user).post("/cases", Map.of("clientId", UUID.randomUUID().toString())).status()).as(user).isEqualTo(403);
				assertThat(as(user).get("/cases/" + id + "/contacts").status()).as(user).isEqualTo(403);
				assertThat(as(user).get("/cases/" + id + "/documents").status()).as(user).isEqualTo(403);
				assertThat(as(user).get("/follow-ups").status()).as(user).isEqualTo(403);
			}
		}

		@Test
		void anonymousCallersAreAskedToLogIn() {
			assertThat(ApiClient.anonymous(port).get("/cases").status()).isEqualTo(401);
		}
	}

	@Nested
	class Listing {

		@Test
		void filtersByMineAndPhaseAndPages() {
			String intake = openCase().text("id");
			String assessment = openCase().text("id");
			cm().post("/cases/" + assessment + "/phase", Map.of("phase", "ASSESSMENT", "version", 0));

			ApiClient.Response page = cm().get("/cases?mine=true&phase=ASSESSMENT&size=200");
			assertThat(page.status()).isEqualTo(200);
			assertThat(ids(page)).contains(assessment).doesNotContain(intake);
			assertThat(page.json().path("page").asInt()).isZero();
			assertThat(page.json().path("size").asInt()).isEqualTo(200);
			assertThat(page.json().path("total").asLong()).isGreaterThanOrEqualTo(1);
			page.json().path("items").valueStream()
					.forEach(item -> assertThat(item.path("phase").asString()).isEqualTo("ASSESSMENT"));

			ApiClient.Response small = cm().get("/cases?size=1&page=1");
			assertThat(small.json().path("items").size()).isEqualTo(1);
			assertThat(small.json().path("total").asLong()).isGreaterThanOrEqualTo(2);
		}

		@Test
		void anUnknownPhaseOrATooLargePageIsAFieldError() {
			ApiClient.Response phase = cm().get("/cases?phase=DONE");
			assertThat(phase.status()).isEqualTo(400);
			assertThat(fields(phase)).containsExactly("phase");
			ApiClient.Response size = cm().get("/cases?size=201");
			assertThat(size.status()).isEqualTo(400);
			assertThat(fields(size)).containsExactly("size");
		}
	}

	@Nested
	class Closing {

		@Test
		void closingSetsPhaseDateAndReasonAndFreezesTheCase() {
			String id = openCase().text("id");
			ApiClient.Response goal = cm().post("/cases/" + id + "/goals", Map.of("domain", "LANGUAGE", "title", "B1-Kurs"));
			ApiClient.Response followUp = cm().post("/cases/" + id + "/follow-ups",
					Map.of("dueOn", TODAY.plusDays(3).toString(), "title", "Nachfragen"));
			ApiClient.Response closed = cm().post("/cases/" + id + "/close",
					Map.of("reason", "GOALS_ACHIEVED", "note", "Arbeit gefunden"));
			assertThat(closed.status()).isEqualTo(200);
			assertThat(closed.text("phase")).isEqualTo("CLOSED");
			assertThat(closed.text("closedOn")).isEqualTo(TODAY.toString());
			assertThat(closed.text("closureReason")).isEqualTo("GOALS_ACHIEVED");
			assertThat(closed.json().path("allowedPhases").size()).isZero();

			String base = "/cases/" + id;
			List<ApiClient.Response> refused = List.of(
					cm().post(base + "/goals", Map.of("domain", "WORK", "title", "Job")),
					cm().patch(base + "/goals/" + goal.text("id"), Map.of("status", "ACHIEVED")),
					cm().post(base + "/contacts", contact()),
					cm().post(base + "/follow-ups", Map.of("dueOn", TODAY.toString(), "title", "x")),
					cm().patch("/follow-ups/" + followUp.text("id"), Map.of("done", true)),
					cm().put(base + "/assessment", Map.of("domains", List.of(Map.of("domain", "WORK", "need", "LOW")))),
					cm().post(base + "/phase", Map.of("phase", "IMPLEMENTATION", "version", closed.json().path("version").asInt())),
					cm().put(base + "/team", Map.of("shared", true, "version", closed.json().path("version").asInt())),
					cm().post(base + "/close", Map.of("reason", "OTHER")));
			refused.forEach(response -> {
				assertThat(response.status()).isEqualTo(409);
				assertThat(response.text("type")).endsWith("/case-closed");
			});

			assertThat(cm().get(base).status()).isEqualTo(200);
			assertThat(cm().get(base + "/goals").json().size()).isEqualTo(1);
			assertThat(cm().get(base + "/contacts").status()).isEqualTo(200);
			assertThat(cm().get(base + "/follow-ups").status()).isEqualTo(200);
			assertThat(cm().get(base + "/assessments").status()).isEqualTo(200);
			assertThat(ids(cm().get("/follow-ups?mine=true&size=200"))).doesNotContain(followUp.text("id"));
		}

		@Test
		void transferredIsNotAManualReasonAndUnknownReasonsAreFieldErrors() {
			String id = openCase().text("id");
			ApiClient.Response transferred = cm().post("/cases/" + id + "/close", Map.of("reason", "TRANSFERRED"));
			assertThat(transferred.status()).isEqualTo(400);
			assertThat(fields(transferred)).containsExactly("reason");
			ApiClient.Response unknown = cm().post("/cases/" + id + "/close", Map.of("reason", "FERTIG"));
			assertThat(unknown.status()).isEqualTo(400);
			assertThat(fields(unknown)).containsExactly("reason");
			ApiClient.Response missing = cm().post("/cases/" + id + "/close", Map.of("note", "x"));
			assertThat(missing.status()).isEqualTo(400);
			assertThat(fields(missing)).containsExactly("reason");
			assertThat(cm().get("/cases/" + id).text("phase")).isEqualTo("INTAKE");
		}

		@Test
		void aStaleVersionSentWithTheClosureIs409() {
			String id = openCase().text("id");
			cm().post("/cases/" + id + "/phase", Map.of("phase", "ASSESSMENT", "version", 0));
			ApiClient.Response stale = cm().post("/cases/" + id + "/close", Map.of("reason", "NO_CONTACT", "version", 0));
			assertThat(stale.status()).isEqualTo(409);
			assertThat(stale.text("type")).endsWith("/stale-version");
			assertThat(cm().get("/cases/" + id).text("phase")).isEqualTo("ASSESSMENT");
		}
	}

	@Nested
	class Audit {

		@Test
		void readsAndWritesOfTheCaseAreInTheAuditTrailWithTheClient() {
			ApiClient.Response opened = openCase();
			String id = opened.text("id");
			String clientId = opened.text("clientId");
			cm().get("/cases/" + id);
			cm().post("/cases/" + id + "/phase", Map.of("phase", "ASSESSMENT", "version", 0));
			cm().post("/cases/" + id + "/contacts", contact());
			cm().get("/cases/" + id + "/contacts");

			ApiClient.Response trail = as("admin.koeln").get("/audit?clientId=" + clientId + "&size=200");
			List<String> entries = trail.json().path("items").valueStream()
					.filter(e -> !e.path("entityType").asString().equals("Client"))
					.map(e -> e.path("action").asString() + " " + e.path("entityType").asString()).toList();
			assertThat(entries).containsSubsequence("CREATE Case", "READ Case", "UPDATE Case", "CREATE Contact",
					"READ ContactList");
			trail.json().path("items").valueStream().forEach(e -> {
				assertThat(e.path("clientId").asString()).isEqualTo(clientId);
				assertThat(e.path("actor").asString()).isEqualTo("cm.koeln");
			});
			assertThat(as("admin.koeln").get("/audit/verify").json().path("valid").asBoolean()).isTrue();
		}

		@Test
		void aRefusedChangeLeavesNoAuditEntry() {
			ApiClient.Response opened = openCase();
			String id = opened.text("id");
			cm().post("/cases/" + id + "/phase", Map.of("phase", "IMPLEMENTATION", "version", 0));
			cm().post("/cases/" + id + "/contacts", Map.of("on", "2023-02-30", "mode", "PHONE", "minutes", 10));
			ApiClient.Response trail = as("admin.koeln").get("/audit?clientId=" + opened.text("clientId") + "&size=200");
			assertThat(trail.json().path("items").valueStream().map(e -> e.path("action").asString()))
					.containsOnly("CREATE");
		}
	}

	static Map<String, Object> contact() {
		Map<String, Object> contact = new HashMap<>();
		contact.put("on", TODAY.toString());
		contact.put("mode", "IN_PERSON");
		contact.put("minutes", 45);
		contact.put("interpreter", false);
		contact.put("note", "Erstgespräch");
		return contact;
	}

	static List<String> ids(ApiClient.Response page) {
		return page.json().path("items").valueStream().map(item -> item.path("id").asString()).toList();
	}
}
