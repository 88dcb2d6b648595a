package de.nrw.kim.residence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL alone keeps residence data apart (queries without the application's filter), and a
 * change of the law is a new rule row valid from a date: no code, old days keep their version.
 */
@KimIntegrationTest
class ResidenceRowLevelSecurityIT {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void residenceTablesShowOnlyTheCurrentMunicipality() {
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		String id = cm.post("/clients", Map.of("givenName", "Rls", "familyName", "Test-" + UUID.randomUUID().toString().substring(0, 6),
				"gender", "FEMALE")).text("id");
		cm.post("/clients/" + id + "/residence-statuses", Map.of("type", "DULDUNG", "validFrom", "2020-01-01"));
		JdbcClient jdbc = JdbcClient.create(dataSource);
		for (String table : List.of("residence_status", "residence_status_revision", "perspective_hint", "residence_notification",
				"residence_facts", "legal_domain_change")) {
			List<String> fromMuenster = TenantContext.callAs(MunicipalityKey.of("05515"),
					() -> jdbc.sql("select distinct municipality_id from " + table).query(String.class).list());
			assertThat(fromMuenster).as(table).allMatch("05515"::equals);
			long without = TenantContext.callWithoutTenant(() -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
			assertThat(without).as(table).isZero();
		}
		assertThat(TenantContext.callAs(MunicipalityKey.of("05315"),
				() -> jdbc.sql("select count(*) from residence_status where client_id = ?::uuid").param(id).query(Long.class).single()))
				.isEqualTo(1);
	}

	@Test
	void aNewRuleVersionIsDataAndOldDaysKeepTheirVersion() {
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		String id = cm.post("/clients", Map.of("givenName", "Regel", "familyName", "Test-" + UUID.randomUUID().toString().substring(0, 6),
				"gender", "MALE", "birthDate", "1980")).text("id");
		cm.post("/clients/" + id + "/residence-statuses", Map.of("type", "DULDUNG", "validFrom", "2095-01-01"));
		JdbcClient.create(dataSource).sql("""
				insert into perspective_rule (route, rules_version, valid_from, legal_source, parameters)
				values ('AUFENTHG_25B', '25b-test-2099', '2099-01-01', '§ 25b AufenthG (Testfassung)',
				  '{"residenceYears": 3, "residenceYearsWithChildren": 2, "languageLevel": "A2",
				    "eligibleStatuses": ["DULDUNG"], "notCounted": []}')
				on conflict do nothing""").update();
		var future = cm.get("/clients/" + id + "/perspectives?on=2099-06-01").json().valueStream()
				.filter(h -> h.path("route").asString().equals("AUFENTHG_25B")).findFirst().orElseThrow();
		assertThat(future.path("rulesVersion").asString()).isEqualTo("25b-test-2099");
		assertThat(future.path("reasons").toString()).contains("Erfüllt: 3 Jahre");
		var before = cm.get("/clients/" + id + "/perspectives?on=" + LocalDate.of(2098, 12, 31)).json().valueStream()
				.filter(h -> h.path("route").asString().equals("AUFENTHG_25B")).findFirst().orElseThrow();
		assertThat(before.path("rulesVersion").asString()).isEqualTo("25b-2022-12-31");
		assertThat(before.path("reasons").toString()).contains("6 Jahre");
	}
}
