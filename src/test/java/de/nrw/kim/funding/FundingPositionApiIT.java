package de.nrw.kim.funding;

import java.util.HashMap;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class FundingPositionApiIT {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	static Map<String, Object> position(Object... overrides) {
		Map<String, Object> body = new HashMap<>(Map.of("module", 2, "kind", "STAFF", "fte", 1.0,
				"employerName", "Stadt Köln", "employerKind", "MUNICIPALITY", "contract", "FIXED_TERM",
				"fixedTermUntil", "2027-06-30", "phaseOut", false, "filledFrom", "2025-03-01"));
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i + 1] == null) {
				body.remove((String) overrides[i]);
			} else {
				body.put((String) overrides[i], overrides[i + 1]);
			}
		}
		return body;
	}

	ApiClient.Response create(Object... overrides) {
		return as("koord.koeln").post("/funding/positions", position(overrides));
	}

	static java.util.List<String> fields(ApiClient.Response response) {
		return response.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}

	@Nested
	class Creating {

		@Test
		void answers201WithLocationVersionAndTheStaffingFromItsStart() {
			ApiClient.Response created = create("qualification", "CERTIFIED");
			assertThat(created.status()).isEqualTo(201);
			assertThat(created.header("Location")).endsWith("/api/v1/funding/positions/" + created.text("id"));
			assertThat(created.json().path("version").asInt()).isZero();
			assertThat(created.text("municipalityKey")).isEqualTo("05315");
			assertThat(created.json().path("module").asInt()).isEqualTo(2);
			assertThat(created.raw().body()).contains("\"fte\":1.00");
			assertThat(created.text("startedOn")).isEqualTo("2025-03-01");
			assertThat(created.json().path("staffing").path("state").asString()).isEqualTo("FILLED");
			assertThat(created.json().path("staffing").path("qualification").asString()).isEqualTo("CERTIFIED");
			assertThat(created.json().path("eligible").asBoolean()).isTrue();
		}

		@Test
		void belowOneHalfFteIsAcceptedButFlaggedNotEligible() {
			ApiClient.Response created = create("fte", 0.4, "contract", "PERMANENT", "fixedTermUntil", null);
			assertThat(created.status()).isEqualTo(201);
			assertThat(created.json().path("eligible").asBoolean()).isFalse();
			assertThat(created.text("eligibilityNote")).contains("0,5");
		}

		@Test
		void fteMustBeInStepsOfFiveHundredthsUpToOne() {
			assertThat(fields(create("fte", 0.33))).containsExactly("fte");
			assertThat(fields(create("fte", 1.05))).containsExactly("fte");
			assertThat(fields(create("fte", 0))).containsExactly("fte");
			assertThat(create("fte", 0.05, "contract", "PERMANENT", "fixedTermUntil", null).status()).isEqualTo(201);
		}

		@Test
		void aFixedTermNeedsItsEndAndDatesMustBeConsistent() {
			ApiClient.Response noEnd = create("fixedTermUntil", null);
			assertThat(noEnd.status()).isEqualTo(400);
			assertThat(fields(noEnd)).containsExactly("fixedTermUntil");
			assertThat(noEnd.json().path("errors").get(0).path("message").asString()).contains("Befristung");
			assertThat(fields(create("fixedTermUntil", "2025-02-28"))).containsExactly("fixedTermUntil");
			assertThat(fields(create("contract", "PERMANENT"))).containsExactly("fixedTermUntil");
			assertThat(fields(create("filledFrom", null))).containsExactly("filledFrom");
			assertThat(fields(create("vacantFrom", "2025-01-01"))).containsExactly("vacantFrom");
			assertThat(fields(create("module", 4))).containsExactly("module");
			assertThat(fields(create("module", 2, "kind", "ADMIN_ASSISTANCE"))).containsExactly("kind");
		}

		@Test
		void anUnknownValueNamesTheFieldAndTheAllowedValues() {
			ApiClient.Response rejected = create("contract", "FOREVER");
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(fields(rejected)).containsExactly("contract");
			assertThat(rejected.json().path("errors").get(0).path("message").asString()).contains("PERMANENT, FIXED_TERM");
		}

		@Test
		void aRejectedRequestStoresNothing() {
			long before = as("koord.koeln").get("/funding/positions?size=1").json().path("total").asLong();
			create("fte", 0.33, "fixedTermUntil", null);
			assertThat(as("koord.koeln").get("/funding/positions?size=1").json().path("total").asLong()).isEqualTo(before);
		}
	}

	@Nested
	class StaffingHistory {

		@Test
		void anyPastDateCanBeReconstructed() {
			String id = create("filledFrom", "2024-01-01", "fixedTermUntil", "2028-12-31").text("id");
			ApiClient.Response vacancy = as("koord.koeln").post("/funding/positions/" + id + "/staffing",
					Map.of("from", "2025-05-01", "state", "VACANT"));
			assertThat(vacancy.status()).isEqualTo(201);
			assertThat(vacancy.header("Location")).endsWith("/api/v1/funding/positions/" + id);
			as("koord.koeln").post("/funding/positions/" + id + "/staffing",
					Map.of("from", "2025-09-15", "state", "FILLED", "qualification", "IN_TRAINING"));
			JsonNode april = as("koord.koeln").get("/funding/positions/" + id + "?on=2025-04-30").json();
			assertThat(april.path("staffing").path("state").asString()).isEqualTo("FILLED");
			JsonNode june = as("koord.koeln").get("/funding/positions/" + id + "?on=2025-06-30").json();
			assertThat(june.path("staffing").path("state").asString()).isEqualTo("VACANT");
			assertThat(june.path("vacantSince").asString()).isEqualTo("2025-05-01");
			assertThat(june.path("vacantDays").asLong()).isEqualTo(60);
			JsonNode october = as("koord.koeln").get("/funding/positions/" + id + "?on=2025-10-01").json();
			assertThat(october.path("staffing").path("qualification").asString()).isEqualTo("IN_TRAINING");
			JsonNode before = as("koord.koeln").get("/funding/positions/" + id + "?on=2023-12-31").json();
			assertThat(before.path("exists").asBoolean()).isFalse();
			assertThat(as("koord.koeln").get("/funding/positions/" + id + "/history").json().path("items").valueStream()
					.map(c -> c.path("action").asString()))
					.containsExactly("CREATED", "STAFFING_CHANGED", "STAFFING_CHANGED");
		}

		@Test
		void aChangeBeforeThePositionExistsIsRejected() {
			String id = create().text("id");
			ApiClient.Response early = as("koord.koeln").post("/funding/positions/" + id + "/staffing",
					Map.of("from", "2024-12-31", "state", "VACANT"));
			assertThat(early.status()).isEqualTo(400);
			assertThat(fields(early)).containsExactly("from");
			assertThat(fields(as("koord.koeln").post("/funding/positions/" + id + "/staffing",
					Map.of("from", "2025-06-01", "state", "VACANT", "qualification", "CERTIFIED")))).containsExactly("qualification");
		}
	}

	@Nested
	class ChangingTerms {

		@Test
		void usesOptimisticLockingAndKeepsTheEarlierTerms() {
			String id = create("filledFrom", "2023-01-01").text("id");
			ApiClient.Response changed = as("koord.koeln").put("/funding/positions/" + id,
					Map.of("version", 0, "contract", "PERMANENT", "fte", 0.75, "effectiveFrom", "2025-01-01"));
			assertThat(changed.status()).isEqualTo(200);
			assertThat(changed.json().path("version").asInt()).isEqualTo(1);
			assertThat(changed.text("contract")).isEqualTo("PERMANENT");
			assertThat(changed.json().path("fixedTermUntil").isNull()).isTrue();
			assertThat(changed.json().path("terms").size()).isEqualTo(2);
			JsonNode in2024 = as("koord.koeln").get("/funding/positions/" + id + "?on=2024-06-01").json();
			assertThat(in2024.path("contract").asString()).isEqualTo("FIXED_TERM");
			assertThat(in2024.path("fte").decimalValue()).isEqualByComparingTo("1.00");
			ApiClient.Response stale = as("koord.koeln").put("/funding/positions/" + id, Map.of("version", 0, "phaseOut", true));
			assertThat(stale.status()).isEqualTo(409);
			assertThat(stale.text("type")).endsWith("/stale-version");
			assertThat(fields(as("koord.koeln").put("/funding/positions/" + id, Map.of("phaseOut", true)))).containsExactly("version");
			assertThat(fields(as("koord.koeln").put("/funding/positions/" + id,
					Map.of("version", 1, "effectiveFrom", "2022-12-31")))).containsExactly("effectiveFrom");
		}
	}

	@Nested
	class WhoSeesWhat {

		@Test
		void anotherMunicipalitysPositionIsNotFoundForACoordinator() {
			String id = create().text("id");
			assertThat(as("koord.muenster").get("/funding/positions/" + id).status()).isEqualTo(404);
			assertThat(as("koord.muenster").put("/funding/positions/" + id, Map.of("version", 0, "phaseOut", true)).status()).isEqualTo(404);
			assertThat(as("koord.muenster").post("/funding/positions/" + id + "/staffing",
					Map.of("from", "2025-06-01", "state", "VACANT")).status()).isEqualTo(404);
			assertThat(as("koord.muenster").get("/funding/positions/" + id + "/history").status()).isEqualTo(404);
			assertThat(as("koord.muenster").get("/funding/positions?size=200").json().path("items").valueStream()
					.noneMatch(p -> p.path("id").asString().equals(id))).isTrue();
		}

		@Test
		void stateLevelRolesReadEveryMunicipalityButDoNotWrite() {
			String id = create().text("id");
			assertThat(as("bewilligung").get("/funding/positions/" + id).status()).isEqualTo(200);
			assertThat(as("land").get("/funding/positions/" + id + "/history").status()).isEqualTo(200);
			assertThat(as("land").get("/funding/positions?municipalityKey=05315&size=200").json().path("total").asLong()).isPositive();
			assertThat(as("bewilligung").post("/funding/positions", position()).status()).isEqualTo(403);
			assertThat(as("land").put("/funding/positions/" + id, Map.of("version", 0)).status()).isEqualTo(403);
		}

		@Test
		void caseManagersSeeNothingOfTheRegister() {
			String id = create().text("id");
			assertThat(as("cm.koeln").get("/funding/positions").status()).isEqualTo(403);
			assertThat(as("cm.koeln").get("/funding/positions/" + id).status()).isEqualTo(403);
			assertThat(as("cm.koeln").post("/funding/positions", position()).status()).isEqualTo(403);
		}
	}
}
