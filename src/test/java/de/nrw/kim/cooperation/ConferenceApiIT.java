package de.nrw.kim.cooperation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static de.nrw.kim.cooperation.CooperationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case conferences: held only when consent covers every partner and category (else nothing is stored
 * or disclosed), one disclosure per partner, versioned minutes, decisions that become follow-ups.
 */
@KimIntegrationTest
class ConferenceApiIT {

	@LocalServerPort
	int port;

	CooperationFixtures f() {
		return new CooperationFixtures(port);
	}

	ApiClient.Response hold(String caseId, List<String> partnerIds, List<String> categories) {
		Map<String, Object> body = new HashMap<>();
		body.put("on", today().toString());
		body.put("partnerIds", partnerIds);
		body.put("internalParticipants", List.of("Frau Yilmaz (Koordination)"));
		body.put("dataCategories", categories);
		body.put("agenda", "Arbeitsaufnahme und Sprachkurs abstimmen");
		return f().cm().post("/cases/" + caseId + "/conferences", body);
	}

	@Test
	void aPartnerWithoutCoveringConsentBlocksTheWholeConferenceAndIsNamed() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC", "EDUCATION_WORK"), today(), null);
		ApiClient.Response refused = hold(c[0], List.of(f().jobcenter(), f().immigrationOffice()), List.of("BASIC"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("type")).isEqualTo("https://kim.nrw.de/problems/consent-required");
		assertThat(refused.json().path("missingPartnerIds").valueStream().map(JsonNode::asString))
				.containsExactly(f().immigrationOffice());
		assertThat(refused.text("detail")).contains("Ausländerbehörde");
		ApiClient.Response missingCategory = hold(c[0], List.of(f().jobcenter()), List.of("BASIC", "HEALTH"));
		assertThat(missingCategory.status()).isEqualTo(409);
		assertThat(missingCategory.json().path("missingPartnerIds").valueStream().map(JsonNode::asString))
				.containsExactly(f().jobcenter());
		assertThat(f().cm().get("/cases/" + c[0] + "/conferences").json().size()).isZero();
		assertThat(disclosures(c[1])).isEmpty();
		assertThat(f().as("admin.koeln").get("/transmissions?clientId=" + c[1]).json().path("total").asLong()).isZero();
	}

	@Test
	void aCoveredConferenceDisclosesOncePerPartnerWithCategoriesAndConsent() {
		String[] c = f().openCase();
		String both = f().consent(c[1], List.of(f().jobcenter(), f().immigrationOffice()), List.of("BASIC", "RESIDENCE"), today(),
				null).text("id");
		ApiClient.Response created = hold(c[0], List.of(f().jobcenter(), f().immigrationOffice()), List.of("BASIC", "RESIDENCE"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode participants = created.json().path("participants");
		assertThat(participants.size()).isEqualTo(3);
		assertThat(participants.get(0).path("partnerName").asString()).isEqualTo("Jobcenter Köln");
		assertThat(participants.get(0).path("consentId").asString()).isEqualTo(both);
		assertThat(participants.get(2).path("name").asString()).isEqualTo("Frau Yilmaz (Koordination)");
		List<String> disclosed = disclosures(c[1]);
		assertThat(disclosed).hasSize(2);
		assertThat(disclosed).anySatisfy(p -> assertThat(p).contains(f().jobcenter()).contains("BASIC, RESIDENCE").contains(both));
		assertThat(disclosed).anySatisfy(p -> assertThat(p).contains(f().immigrationOffice()).contains(both));
		JsonNode register = f().as("admin.koeln").get("/transmissions?clientId=" + c[1]).json().path("items");
		assertThat(register.size()).isEqualTo(2);
		assertThat(register.valueStream().map(e -> e.path("occasion").asString())).containsOnly("CONFERENCE");
		String id = created.text("id");
		assertThat(f().cm().get("/conferences/" + id).text("agenda")).isEqualTo("Arbeitsaufnahme und Sprachkurs abstimmen");
		assertThat(f().cm().get("/cases/" + c[0] + "/conferences").json().size()).isEqualTo(1);
	}

	@Test
	void minutesAreVersionedAndAStaleEditIsRefused() {
		String[] c = covered();
		String id = hold(c[0], List.of(f().jobcenter()), List.of("BASIC")).text("id");
		ApiClient.Response first = f().cm().put("/conferences/" + id + "/minutes", Map.of("minutes", "Erste Fassung", "version", 0));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().path("version").asInt()).isEqualTo(1);
		ApiClient.Response stale = f().cm().put("/conferences/" + id + "/minutes", Map.of("minutes", "Überholt", "version", 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("type")).endsWith("/stale-version");
		f().cm().put("/conferences/" + id + "/minutes", Map.of("minutes", "Zweite Fassung", "version", 1));
		assertThat(f().cm().get("/conferences/" + id).text("minutes")).isEqualTo("Zweite Fassung");
		assertThat(f().cm().get("/conferences/" + id + "/minutes").json().valueStream().map(v -> v.path("text").asString()))
				.containsExactly("Zweite Fassung", "Erste Fassung");
		ApiClient.Response empty = f().cm().put("/conferences/" + id + "/minutes", Map.of("minutes", " ", "version", 2));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").toString()).contains("Protokolltext");
	}

	@Test
	void aDecisionBecomesAFollowUpOnTheCase() {
		String[] c = covered();
		String id = hold(c[0], List.of(f().jobcenter()), List.of("BASIC")).text("id");
		String due = today().plusDays(14).toString();
		ApiClient.Response decision = f().cm().post("/conferences/" + id + "/decisions",
				Map.of("text", "Anmeldung zum Berufssprachkurs", "responsible", "Jobcenter Köln", "dueOn", due));
		assertThat(decision.status()).isEqualTo(201);
		assertThat(decision.text("dueOn")).isEqualTo(due);
		JsonNode followUps = f().cm().get("/cases/" + c[0] + "/follow-ups").json();
		assertThat(followUps.valueStream().filter(u -> u.path("dueOn").asString().equals(due)
				&& u.path("title").asString().contains("Anmeldung zum Berufssprachkurs"))).hasSize(1);
		assertThat(f().cm().get("/conferences/" + id).json().path("decisions").size()).isEqualTo(1);
		ApiClient.Response invalid = f().cm().post("/conferences/" + id + "/decisions", Map.of("text", "x", "dueOn", "morgen"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().path("errors").toString()).contains("responsible").contains("dueOn");
	}

	@Test
	void aClosedCaseHoldsNoConferenceAndAnotherMunicipalitySeesNone() {
		String[] c = covered();
		String id = hold(c[0], List.of(f().jobcenter()), List.of("BASIC")).text("id");
		assertThat(f().as("cm.muenster").get("/conferences/" + id).status()).isEqualTo(404);
		f().cm().post("/cases/" + c[0] + "/close", Map.of("reason", "GOALS_ACHIEVED"));
		ApiClient.Response closed = hold(c[0], List.of(f().jobcenter()), List.of("BASIC"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.text("type")).endsWith("/case-closed");
		ApiClient.Response decision = f().cm().post("/conferences/" + id + "/decisions",
				Map.of("text", "Nachtrag", "responsible", "KIM", "dueOn", today().toString()));
		assertThat(decision.status()).isEqualTo(409);
		assertThat(decision.text("type")).endsWith("/case-closed");
	}

	@Test
	void badInputIsAGermanFieldErrorAndStoresNothing() {
		String[] c = covered();
		ApiClient.Response bad = f().cm().post("/cases/" + c[0] + "/conferences",
				Map.of("on", "gestern", "partnerIds", List.of("kein-partner"), "dataCategories", List.of("GEHEIM")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("errors").toString()).contains("on").contains("partnerIds").contains("Unbekannte Datenkategorie")
				.contains("Tagesordnung");
		assertThat(f().cm().get("/cases/" + c[0] + "/conferences").json().size()).isZero();
	}

	private String[] covered() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC"), today(), null);
		return c;
	}

	List<String> disclosures(String clientId) {
		return f().as("admin.koeln").get("/audit?clientId=" + clientId + "&size=200").json().path("items").valueStream()
				.filter(e -> e.path("action").asString().equals("DISCLOSE")).map(e -> e.path("purpose").asString()).toList();
	}
}
