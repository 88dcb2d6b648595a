package de.nrw.kim.abuse;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static de.nrw.kim.abuse.Hostile.KOELN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A double submit (network retry, double click) with the same {@code Idempotency-Key} gets the
 * first answer again without a second row; the key reused for another request is refused (422).
 */
@KimIntegrationTest
class IdempotencyAbuseIT {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	Hostile hostile;

	@BeforeEach
	void setUp() {
		hostile = new Hostile(port, dataSource);
	}

	static ApiClient.Response post(ApiClient api, String path, String key, Object body) {
		return api.send(api.request(path).header("Content-Type", "application/json").header("Idempotency-Key", key)
				.POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(body))));
	}

	static String key() {
		return UUID.randomUUID().toString();
	}

	long count(String sql, String id) {
		return hostile.asMunicipality(KOELN, jdbc -> jdbc.sql(sql).param("id", id).query(Long.class).single());
	}

	@Test
	void theSameClientPostedTwiceWithOneKeyIsCreatedOnceAndAnsweredTheSame() {
		String family = "Doppelt-" + key().substring(0, 8);
		Map<String, Object> body = Map.of("givenName", "Einmal", "familyName", family, "gender", "FEMALE");
		String key = key();
		ApiClient.Response first = post(hostile.cm(), "/clients", key, body);
		ApiClient.Response again = post(hostile.cm(), "/clients", key, body);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.raw().body()).isEqualTo(first.raw().body());
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(hostile.<Long>asMunicipality(KOELN, jdbc -> jdbc.sql("select count(*) from client where family_name = :f")
				.param("f", family).query(Long.class).single())).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
		String key = key();
		String family = "Anders-" + key.substring(0, 8);
		assertThat(post(hostile.cm(), "/clients", key, Map.of("givenName", "A", "familyName", family, "gender", "MALE")).status())
				.isEqualTo(201);
		ApiClient.Response reused = post(hostile.cm(), "/clients", key, Map.of("givenName", "B", "familyName", family,
				"gender", "MALE"));
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.contentType()).startsWith("application/problem+json");
		assertThat(reused.text("type")).endsWith("/idempotency-key-reused");
		assertThat(reused.text("detail")).contains("Idempotency-Key", "andere Anfrage");
		assertThat(hostile.<Long>asMunicipality(KOELN, jdbc -> jdbc.sql("select count(*) from client where family_name = :f")
				.param("f", family).query(Long.class).single())).isEqualTo(1);
	}

	@Test
	void keysBelongToOnePersonAnotherUsersSameKeyIsItsOwnRequest() {
		String key = key();
		String family = "Person-" + key.substring(0, 8);
		Map<String, Object> body = Map.of("givenName", "A", "familyName", family, "gender", "MALE");
		ApiClient.Response mine = post(hostile.cm(), "/clients", key, body);
		ApiClient.Response colleague = post(hostile.as("cm2.koeln"), "/clients", key, body);
		assertThat(colleague.status()).isEqualTo(201);
		assertThat(colleague.text("id")).isNotEqualTo(mine.text("id"));
		assertThat(colleague.header("Idempotency-Replayed")).isNull();
	}

	@Test
	void aCaseAContactAndAReferralAreEachCreatedOnce() {
		Hostile.Victim victim = hostile.victim();
		String newClient = hostile.cm().post("/clients", Map.of("givenName", "Fall", "familyName", "Einmal-" + key().substring(0, 6),
				"gender", "MALE")).text("id");
		String caseKey = key();
		ApiClient.Response c1 = post(hostile.cm(), "/cases", caseKey, Map.of("clientId", newClient));
		ApiClient.Response c2 = post(hostile.cm(), "/cases", caseKey, Map.of("clientId", newClient));
		assertThat(c1.status()).isEqualTo(201);
		assertThat(c2.raw().body()).isEqualTo(c1.raw().body());
		assertThat(count("select count(*) from case_file where client_id = :id::uuid", newClient)).isEqualTo(1);

		String contactKey = key();
		Map<String, Object> contact = Hostile.contact("Erstgespräch");
		assertThat(post(hostile.cm(), "/cases/" + victim.caseId() + "/contacts", contactKey, contact).status()).isEqualTo(201);
		assertThat(post(hostile.cm(), "/cases/" + victim.caseId() + "/contacts", contactKey, contact).status()).isEqualTo(201);
		assertThat(hostile.cm().get("/cases/" + victim.caseId() + "/contacts").json().path("total").asInt()).isEqualTo(1);
		contact.put("note", "anderer Inhalt");
		assertThat(post(hostile.cm(), "/cases/" + victim.caseId() + "/contacts", contactKey, contact).status()).isEqualTo(422);

		String partner = hostile.cm().get("/partners?name=" + java.net.URLEncoder.encode("Jobcenter Köln",
				java.nio.charset.StandardCharsets.UTF_8)).json().path("items").get(0).path("id").asString();
		Map<String, Object> consent = new HashMap<>();
		consent.put("partnerIds", List.of(partner));
		consent.put("dataCategories", List.of("BASIC"));
		consent.put("purpose", "Vermittlung in Arbeit");
		consent.put("givenOn", Hostile.today().toString());
		consent.put("validUntil", Hostile.today().plusMonths(6).toString());
		assertThat(hostile.cm().post("/clients/" + victim.clientId() + "/consents", consent).status()).isEqualTo(201);
		Map<String, Object> referral = Map.of("partnerId", partner, "domain", "SGB_II", "dataCategories", List.of("BASIC"), "details", Map.of(),
				"note", "Bitte Termin anbieten.");
		String referralKey = key();
		ApiClient.Response r1 = post(hostile.cm(), "/cases/" + victim.caseId() + "/referrals", referralKey, referral);
		ApiClient.Response r2 = post(hostile.cm(), "/cases/" + victim.caseId() + "/referrals", referralKey, referral);
		assertThat(r1.status()).as(r1.raw().body()).isEqualTo(201);
		assertThat(r2.raw().body()).isEqualTo(r1.raw().body());
		assertThat(count("select count(*) from referral where case_id = :id::uuid", victim.caseId())).isEqualTo(1);
		assertThat(count("select count(*) from audit_event where action = 'DISCLOSE' and entity_id = :id::uuid", r1.text("id")))
				.as("disclosed once, not twice").isEqualTo(1);
	}

	@Test
	void aMalformedKeyIsRefused() {
		ApiClient.Response refused = post(hostile.cm(), "/clients", "a".repeat(201),
				Map.of("givenName", "A", "familyName", "B", "gender", "MALE"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text("detail")).contains("Idempotency-Key");
	}
}
