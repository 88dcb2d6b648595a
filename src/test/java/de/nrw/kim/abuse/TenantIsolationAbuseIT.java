package de.nrw.kim.abuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static de.nrw.kim.abuse.Hostile.KOELN;
import static de.nrw.kim.abuse.Hostile.MUENSTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile cases against tenant isolation and need-to-know: another municipality, another
 * organisation in the same municipality, other roles and the ministry reach for a Köln client by
 * its id. Each is refused, changes nothing, and the refusal is in the attacker's audit trail; the
 * database alone (Row-Level Security, without the application's filters) refuses the same.
 */
@KimIntegrationTest
class TenantIsolationAbuseIT {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	Hostile hostile;

	@BeforeEach
	void setUp() {
		hostile = new Hostile(port, dataSource);
	}

	@Test
	void anotherMunicipalityReadingAClientByIdGets404LikeAMissingOneAndIsAudited() {
		Hostile.Victim victim = hostile.victim();
		ApiClient.Response read = hostile.as("cm.muenster").get("/clients/" + victim.clientId());
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.raw().body()).doesNotContain(victim.familyName());
		assertThat(hostile.as("cm.muenster").get("/clients/" + victim.clientId() + "/export").status()).isEqualTo(404);
		assertThat(hostile.denials(MUENSTER, "cm.muenster", victim.clientId())).isEqualTo(1);
		assertThat(hostile.denials(KOELN, "cm.muenster", victim.clientId())).as("nothing written into Köln's trail").isZero();
	}

	@Test
	void anotherMunicipalityReadingACaseAndItsContentsGets404AndIsAudited() {
		Hostile.Victim victim = hostile.victim();
		ApiClient muenster = hostile.as("cm.muenster");
		for (String path : List.of("", "/contacts", "/goals", "/follow-ups", "/documents", "/history", "/assessments")) {
			assertThat(muenster.get("/cases/" + victim.caseId() + path).status()).as(path).isEqualTo(404);
		}
		assertThat(hostile.denials(MUENSTER, "koord.muenster", victim.caseId())).isZero();
		assertThat(hostile.denials(MUENSTER, "cm.muenster", victim.caseId()))
				.as("probing recorded, but once a minute per person and id, not flooded").isEqualTo(1);
	}

	@Test
	void anotherMunicipalityWritingByIdChangesNothing() {
		Hostile.Victim victim = hostile.victim();
		ApiClient muenster = hostile.as("cm.muenster");
		Map<String, Object> change = new HashMap<>(Map.of("givenName", "Gekapert", "familyName", "Gekapert",
				"gender", "MALE", "version", 0));
		assertThat(muenster.put("/clients/" + victim.clientId(), change).status()).isEqualTo(404);
		assertThat(muenster.post("/cases/" + victim.caseId() + "/contacts", Hostile.contact("fremd")).status()).isEqualTo(404);
		assertThat(muenster.post("/cases/" + victim.caseId() + "/close", Map.of("reason", "GOALS_ACHIEVED")).status())
				.isEqualTo(404);
		assertThat(muenster.post("/cases", Map.of("clientId", victim.clientId())).status()).isIn(400, 404);

		assertThat(hostile.cm().get("/clients/" + victim.clientId()).text("familyName")).isEqualTo(victim.familyName());
		assertThat(hostile.cm().get("/cases/" + victim.caseId() + "/contacts").json().path("total").asInt()).isZero();
		assertThat(hostile.cm().get("/cases/" + victim.caseId()).text("phase")).isEqualTo("INTAKE");
		assertThat(hostile.<Long>asMunicipality(MUENSTER, jdbc -> jdbc.sql("select count(*) from case_file where client_id = :c::uuid")
				.param("c", victim.clientId()).query(Long.class).single())).isZero();
		assertThat(hostile.denials(MUENSTER, "cm.muenster", victim.clientId())).isEqualTo(1);
	}

	@Test
	void aMunicipalityInTheBodyOrAHeaderIsIgnoredTheClientStaysWithTheCaller() {
		Map<String, Object> body = new HashMap<>(Map.of("givenName", "Injektion", "familyName", "Kopfzeile",
				"gender", "MALE", "municipality", "05515", "municipalityId", "05515", "municipalityKey", "05515"));
		ApiClient cm = hostile.cm();
		ApiClient.Response created = cm.send(cm.request("/clients").header("Content-Type", "application/json")
				.header("X-Municipality", "05515").header("X-Tenant-Id", "05515").header("kim.municipality_id", "05515")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
						tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body))));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("municipality").toString()).contains("05315").doesNotContain("05515");
		String id = created.text("id");
		assertThat(hostile.<Long>asMunicipality(MUENSTER, jdbc -> jdbc.sql("select count(*) from client where id = :id::uuid")
				.param("id", id).query(Long.class).single())).isZero();
		assertThat(hostile.as("cm.muenster").get("/clients/" + id).status()).isEqualTo(404);
	}

	@Test
	void rowLevelSecurityAloneHidesAndProtectsAnotherMunicipalitysRows() {
		Hostile.Victim victim = hostile.victim();
		hostile.cm().post("/cases/" + victim.caseId() + "/contacts", Hostile.contact("Vertraulich"));
		// the same statements the application would run, but without its municipality filter
		for (String table : List.of("client", "case_file")) {
			String column = table.equals("client") ? "id" : "client_id";
			long seen = hostile.asMunicipality(MUENSTER, jdbc -> jdbc.sql("select count(*) from " + table + " where "
					+ column + " = :id::uuid").param("id", victim.clientId()).query(Long.class).single());
			assertThat(seen).as(table).isZero();
		}
		assertThat(hostile.<Long>asMunicipality(MUENSTER, jdbc -> jdbc.sql("select count(*) from case_contact where case_id = :id::uuid")
				.param("id", victim.caseId()).query(Long.class).single())).isZero();
		int updated = hostile.asMunicipality(MUENSTER, jdbc -> jdbc.sql("update client set family_name = 'RLS' where id = :id::uuid")
				.param("id", victim.clientId()).update());
		int deleted = hostile.asMunicipality(MUENSTER, jdbc -> jdbc.sql("delete from case_contact where case_id = :id::uuid")
				.param("id", victim.caseId()).update());
		assertThat(updated).isZero();
		assertThat(deleted).isZero();
		assertThat(hostile.<String>asMunicipality(KOELN, jdbc -> jdbc.sql("select family_name from client where id = :id::uuid")
				.param("id", victim.clientId()).query(String.class).single())).isEqualTo(victim.familyName());
		assertThat(hostile.cm().get("/cases/" + victim.caseId() + "/contacts").json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void rowLevelSecurityAloneRefusesToMoveARowIntoAnotherMunicipality() {
		Hostile.Victim victim = hostile.victim();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> hostile.asMunicipality(KOELN,
				jdbc -> jdbc.sql("update client set municipality_id = '05515' where id = :id::uuid")
						.param("id", victim.clientId()).update()))
				.rootCause().hasMessageContaining("row-level security");
		assertThat(hostile.cm().get("/clients/" + victim.clientId()).status()).isEqualTo(200);
	}

	@Test
	void aWelfareOrganisationInTheSameMunicipalityDoesNotSeeTheOfficesClientAndIsAudited() {
		Hostile.Victim victim = hostile.victim();
		ApiClient caritas = hostile.as("cm.caritas.koeln");
		assertThat(caritas.get("/clients/" + victim.clientId()).status()).isEqualTo(404);
		assertThat(caritas.get("/cases/" + victim.caseId()).status()).isEqualTo(404);
		assertThat(caritas.post("/cases/" + victim.caseId() + "/contacts", Hostile.contact("x")).status()).isEqualTo(404);
		assertThat(Hostile.texts(caritas.get("/clients?q=" + victim.familyName()), "familyName")).isEmpty();
		assertThat(hostile.cm().get("/cases/" + victim.caseId() + "/contacts").json().path("total").asInt()).isZero();
		assertThat(hostile.denials(KOELN, "cm.caritas.koeln", victim.clientId())).isEqualTo(1);
		assertThat(hostile.denials(KOELN, "cm.caritas.koeln", victim.caseId())).isEqualTo(1);
	}

	@Test
	void aColleagueSeesAnUnsharedCaseNotAndTheImmigrationOfficeNotTheCaseFile() {
		Hostile.Victim victim = hostile.victim();
		hostile.cm().post("/cases/" + victim.caseId() + "/contacts", Hostile.contact("Gesundheit: vertraulich"));
		ApiClient.Response colleague = hostile.as("cm2.koeln").get("/cases/" + victim.caseId() + "/contacts");
		assertThat(colleague.status()).isIn(403, 404);
		assertThat(colleague.raw().body()).doesNotContain("vertraulich");
		ApiClient.Response office = hostile.as("abh.koeln").get("/cases/" + victim.caseId() + "/contacts");
		assertThat(office.status()).isIn(403, 404);
		assertThat(office.raw().body()).doesNotContain("vertraulich");
		assertThat(hostile.denials(KOELN, "cm2.koeln", victim.caseId())).isEqualTo(1);
		assertThat(hostile.denials(KOELN, "abh.koeln", victim.caseId())).isEqualTo(1);
	}

	@Test
	void theMinistryAskingForPersonsIsRefused() {
		Hostile.Victim victim = hostile.victim();
		ApiClient land = hostile.as("land");
		for (String path : List.of("/clients/" + victim.clientId(), "/clients?q=" + victim.familyName(),
				"/cases/" + victim.caseId(), "/cases", "/clients/" + victim.clientId() + "/export", "/audit")) {
			ApiClient.Response refused = land.get(path);
			assertThat(refused.status()).as(path).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.raw().body()).doesNotContain(victim.familyName());
		}
		assertThat(land.post("/clients", Map.of("givenName", "A", "familyName", "B", "gender", "MALE")).status()).isEqualTo(403);
	}

	@Test
	void aCaseManagerCannotMakeHimselfAdministratorOrReachAdministration() {
		ApiClient cm = hostile.cm();
		String me = cm.get("/me").json().path("username").asString();
		assertThat(cm.get("/users").status()).isEqualTo(403);
		assertThat(cm.post("/users", Map.of("username", "boss." + java.util.UUID.randomUUID().toString().substring(0, 6),
				"displayName", "Boss", "role", "MUNICIPAL_ADMIN", "password", "Ein-langes-Passwort-2026")).status())
				.isEqualTo(403);
		assertThat(cm.get("/audit").status()).isEqualTo(403);
		Map<String, Object> position = new HashMap<>(Map.of("module", 1, "kind", "STAFF", "fte", 1.0, "employerName", "Stadt Köln",
				"employerKind", "MUNICIPALITY", "contract", "PERMANENT", "phaseOut", false));
		position.put("filledFrom", Hostile.today().toString());
		assertThat(cm.post("/funding/positions", position).status()).isEqualTo(403);
		assertThat(hostile.as("koord.koeln").post("/funding/positions", position).status())
				.as("the same body is fine for the role that may").isEqualTo(201);
		assertThat(cm.get("/me").json().path("roles").toString()).isEqualTo("[\"CASE_MANAGER\"]");
		assertThat(me).isEqualTo("cm.koeln");
	}

	@Test
	void aMunicipalAdministratorCannotCreateStateRolesOrAccountsElsewhere() {
		ApiClient admin = hostile.as("admin.koeln");
		long before = admin.get("/users").json().path("total").asLong();
		String organisation = admin.get("/organisations").json().get(0).path("id").asString();
		for (String role : List.of("SYSTEM_ADMIN", "MINISTRY_ANALYST", "GRANT_OFFICER")) {
			ApiClient.Response refused = admin.post("/users", Map.of("username", "x." + role.toLowerCase(), "displayName", "X",
					"role", role, "organisationId", organisation, "password", "Ein-langes-Passwort-2026"));
			assertThat(refused.status()).as(role).isIn(400, 403);
		}
		String muensterOrganisation = hostile.as("admin.muenster").get("/organisations").json().get(0).path("id").asString();
		ApiClient.Response elsewhere = admin.post("/users", Map.of("username", "x.muenster", "displayName", "X",
				"role", "CASE_MANAGER", "organisationId", muensterOrganisation, "password", "Ein-langes-Passwort-2026"));
		assertThat(elsewhere.status()).isIn(400, 404);
		assertThat(admin.get("/users").json().path("total").asLong()).isEqualTo(before);
	}
}
