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
 * Transfer requests: only under a consent naming the receiving municipality; the receiving municipality
 * sees only what that consent covered and may decline, which leaves everything where it was.
 */
@KimIntegrationTest
class TransferApiIT {

	static final String MUENSTER = "05515";

	@LocalServerPort
	int port;

	CooperationFixtures f() {
		return new CooperationFixtures(port);
	}

	ApiClient.Response consentFor(String clientId, String municipality, List<String> categories) {
		Map<String, Object> body = new HashMap<>();
		body.put("municipalityKeys", List.of(municipality));
		body.put("dataCategories", categories);
		body.put("purpose", "Übergabe an die neue Wohnortkommune");
		body.put("givenOn", today().toString());
		return f().cm().post("/clients/" + clientId + "/consents", body);
	}

	ApiClient.Response transfer(String caseId, String to) {
		return f().cm().post("/cases/" + caseId + "/transfers", Map.of("toMunicipalityKey", to));
	}

	@Test
	void withoutAConsentNamingTheMunicipalityNothingIsSent() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC"), today(), null);
		ApiClient.Response refused = transfer(c[0], MUENSTER);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("type")).isEqualTo("https://kim.nrw.de/problems/consent-required");
		assertThat(refused.text("detail")).contains("Münster");
		assertThat(f().cm().get("/cases/" + c[0] + "/transfers").json().size()).isZero();
		assertThat(f().as("admin.koeln").get("/transmissions?clientId=" + c[1]).json().path("total").asLong()).isZero();
		assertThat(incomingFor("cm.muenster", c[1])).isEmpty();
	}

	@Test
	void ownUnknownOrMalformedMunicipalityIsAGermanFieldError() {
		String[] c = f().openCase();
		consentFor(c[1], MUENSTER, List.of("BASIC"));
		for (String key : List.of("05315", "05999", "Münster", "")) {
			ApiClient.Response bad = transfer(c[0], key);
			assertThat(bad.status()).as(key).isEqualTo(400);
			assertThat(bad.json().path("errors").toString()).as(key).contains("toMunicipalityKey");
		}
		assertThat(transfer(c[0], "05315").json().path("errors").toString()).contains("bereits in Ihrer Kommune");
		assertThat(f().cm().get("/cases/" + c[0] + "/transfers").json().size()).isZero();
	}

	@Test
	void aPendingTransferIsADisclosureTheReceiverSeesOnlyCoveredDataAndASecondIsRefused() {
		String[] c = f().openCase();
		String consent = consentFor(c[1], MUENSTER, List.of("BASIC")).text("id");
		ApiClient.Response created = transfer(c[0], MUENSTER);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("PENDING");
		ApiClient.Response second = transfer(c[0], MUENSTER);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.text("type")).endsWith("/transfer-pending");

		JsonNode register = f().as("admin.koeln").get("/transmissions?clientId=" + c[1]).json().path("items");
		assertThat(register.size()).isEqualTo(1);
		assertThat(register.get(0).path("occasion").asString()).isEqualTo("TRANSFER");
		assertThat(register.get(0).path("consentId").asString()).isEqualTo(consent);

		for (String receiver : List.of("cm.muenster", "koord.muenster")) {
			List<JsonNode> incoming = incomingFor(receiver, c[1]);
			assertThat(incoming).as(receiver).singleElement().satisfies(t -> {
				assertThat(t.path("status").asString()).isEqualTo("PENDING");
				assertThat(t.path("fromMunicipalityKey").asString()).isEqualTo("05315");
				assertThat(t.path("client").path("BASIC").path("familyName").asString()).isEqualTo(c[2]);
				assertThat(t.path("caseId").isNull()).isTrue();
				assertThat(t.path("client").has("HEALTH")).isFalse();
			});
		}
		assertThat(incomingFor("cm.koeln", c[1])).isEmpty();
		assertThat(f().as("cm.muenster").get("/clients/" + c[1]).status()).isEqualTo(404);
		assertThat(f().as("cm.muenster").get("/cases/" + c[0] + "/transfers").status()).isEqualTo(404);
	}

	@Test
	void declineLeavesEverythingWhereItWasAndOnlyTheReceiverMayDecline() {
		String[] c = f().openCase();
		consentFor(c[1], MUENSTER, List.of("BASIC"));
		String id = transfer(c[0], MUENSTER).text("id");
		assertThat(f().cm().post("/transfers/" + id + "/decline", Map.of("reason", "x")).status()).isEqualTo(404);
		ApiClient.Response noReason = f().as("cm.muenster").post("/transfers/" + id + "/decline", Map.of());
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().path("errors").toString()).contains("begründen");
		ApiClient.Response declined = f().as("cm.muenster").post("/transfers/" + id + "/decline",
				Map.of("reason", "Die Person ist nicht bei uns gemeldet."));
		assertThat(declined.status()).isEqualTo(200);
		assertThat(declined.text("status")).isEqualTo("DECLINED");
		ApiClient.Response again = f().as("koord.muenster").post("/transfers/" + id + "/decline", Map.of("reason", "nochmal"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("type")).endsWith("/invalid-transition");
		assertThat(f().cm().get("/clients/" + c[1]).status()).isEqualTo(200);
		assertThat(f().cm().get("/cases/" + c[0]).text("phase")).isNotEqualTo("CLOSED");
		assertThat(f().cm().get("/cases/" + c[0] + "/transfers").json().get(0).path("declineReason").asString())
				.isEqualTo("Die Person ist nicht bei uns gemeldet.");
		assertThat(transfer(c[0], MUENSTER).status()).isEqualTo(201);
	}

	@Test
	void aClosedCaseIsNotTransferred() {
		String[] c = f().openCase();
		consentFor(c[1], MUENSTER, List.of("BASIC"));
		f().cm().post("/cases/" + c[0] + "/close", Map.of("reason", "GOALS_ACHIEVED"));
		ApiClient.Response closed = transfer(c[0], MUENSTER);
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.text("type")).endsWith("/case-closed");
	}

	List<JsonNode> incomingFor(String user, String clientId) {
		return f().as(user).get("/transfers?incoming=true").json().valueStream()
				.filter(t -> t.path("clientId").asString().equals(clientId)).toList();
	}
}
