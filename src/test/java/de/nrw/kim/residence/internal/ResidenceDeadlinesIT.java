package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /deadlines with its exact window, and the reminder job that writes each reminder once. */
@KimIntegrationTest
class ResidenceDeadlinesIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

	@LocalServerPort
	int port;

	@Autowired
	ExpiryReminders reminders;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	String clientWithStatus(LocalDate until) {
		String id = cm().post("/clients", Map.of("givenName", "Frist", "familyName",
				"Test-" + UUID.randomUUID().toString().substring(0, 8), "gender", "MALE")).text("id");
		Map<String, Object> status = new HashMap<>();
		status.put("type", "DULDUNG");
		status.put("validFrom", TODAY.minusYears(1).toString());
		status.put("validUntil", until.toString());
		assertThat(cm().post("/clients/" + id + "/residence-statuses", status).status()).isEqualTo(201);
		return id;
	}

	static List<JsonNode> itemsFor(JsonNode page, String clientId) {
		return page.path("items").valueStream().filter(i -> i.path("clientId").asString().equals(clientId)).toList();
	}

	@Test
	void theWindowIsExactAndIncludesFollowUpsAndOverdueExpiries() {
		String onTheDay = clientWithStatus(TODAY.plusDays(90));
		String dayAfter = clientWithStatus(TODAY.plusDays(91));
		String expired = clientWithStatus(TODAY.minusDays(2));
		String caseId = cm().post("/cases", Map.of("clientId", onTheDay)).text("id");
		assertThat(cm().post("/cases/" + caseId + "/follow-ups", Map.of("dueOn", TODAY.plusDays(10).toString(),
				"title", "Ausländerbehörde anrufen")).status()).isEqualTo(201);

		JsonNode page = cm().get("/deadlines?withinDays=90&size=200").json();
		List<JsonNode> due = itemsFor(page, onTheDay);
		assertThat(due).extracting(i -> i.path("kind").asString()).containsExactlyInAnyOrder("RESIDENCE_EXPIRY", "FOLLOW_UP");
		assertThat(due).filteredOn(i -> i.path("kind").asString().equals("FOLLOW_UP"))
				.allMatch(i -> i.path("caseId").asString().equals(caseId));
		assertThat(due).filteredOn(i -> i.path("kind").asString().equals("RESIDENCE_EXPIRY"))
				.allMatch(i -> i.path("dueOn").asString().equals(TODAY.plusDays(90).toString()) && i.path("caseId").isNull());
		assertThat(itemsFor(page, dayAfter)).isEmpty();
		assertThat(itemsFor(page, expired)).singleElement().matches(i -> i.path("overdue").asBoolean());
		assertThat(itemsFor(cm().get("/deadlines?withinDays=91&size=200").json(), dayAfter)).hasSize(1);

		JsonNode abh = ApiClient.as(port, "abh.koeln").get("/deadlines?withinDays=90&size=200").json();
		assertThat(itemsFor(abh, onTheDay)).extracting(i -> i.path("kind").asString()).containsExactly("RESIDENCE_EXPIRY");
		assertThat(itemsFor(ApiClient.as(port, "cm.caritas.koeln").get("/deadlines?withinDays=90&size=200").json(), onTheDay)).isEmpty();
	}

	@Test
	void badWindowsAreRefusedInGerman() {
		ApiClient.Response tooLong = cm().get("/deadlines?withinDays=400");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().path("errors").get(0).path("field").asString()).isEqualTo("withinDays");
		assertThat(cm().get("/deadlines").status()).isEqualTo(400);
		assertThat(cm().get("/deadlines?withinDays=abc").status()).isEqualTo(400);
		assertThat(ApiClient.as(port, "koord.koeln").get("/deadlines?withinDays=30").status()).isEqualTo(403);
	}

	@Test
	void aReminderIsWrittenOncePerStatusAndLeadTime() {
		String soon = clientWithStatus(TODAY.plusDays(5));
		String later = clientWithStatus(TODAY.plusDays(60));
		reminders.remind(TODAY);
		reminders.remind(TODAY);
		JsonNode mine = cm().get("/residence/notifications?size=200").json();
		List<JsonNode> forSoon = mine.path("items").valueStream().filter(n -> n.path("clientId").asString().equals(soon)).toList();
		assertThat(forSoon).singleElement().matches(n -> n.path("leadDays").asInt() == 7 && !n.path("read").asBoolean());
		assertThat(mine.path("items").valueStream().filter(n -> n.path("clientId").asString().equals(later)))
				.singleElement().matches(n -> n.path("leadDays").asInt() == 90);

		reminders.remind(TODAY.plusDays(31));
		assertThat(cm().get("/residence/notifications?size=200").json().path("items").valueStream()
				.filter(n -> n.path("clientId").asString().equals(later)).map(n -> n.path("leadDays").asInt()))
				.containsExactlyInAnyOrder(90, 30);

		String id = forSoon.get(0).path("id").asString();
		assertThat(cm().post("/residence/notifications/" + id + "/read", Map.of()).status()).isEqualTo(204);
		assertThat(ApiClient.as(port, "cm2.koeln").post("/residence/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "cm2.koeln").get("/residence/notifications?size=200").json().path("items").valueStream()
				.noneMatch(n -> n.path("id").asString().equals(id))).isTrue();
	}

	@Test
	void theScheduledRunTakesTheClusterLock() {
		reminders.scheduled();
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, ExpiryReminders.LOCK))
				.isEqualTo(1);
		assertThat(reminders.leadDays()).containsExactly(7, 30, 90);
	}
}
