package de.nrw.kim.cooperation;

import java.util.List;

import javax.sql.DataSource;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static de.nrw.kim.cooperation.CooperationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PostgreSQL alone keeps partners, consents, referrals and the register apart (no app filter in these queries). */
@KimIntegrationTest
class CooperationRowLevelSecurityIT {

	static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");
	static final List<String> TABLES = List.of("partner", "partner_contact", "partner_member", "consent", "transmission",
			"referral", "referral_content");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void aReferralInKoeln() {
		CooperationFixtures f = new CooperationFixtures(port);
		String[] c = f.openCase();
		f.consent(c[1], List.of(f.jobcenter()), List.of("BASIC"), today(), null);
		assertThat(f.refer(c[0], f.jobcenter(), "SGB_II", List.of("BASIC")).status()).isEqualTo(201);
	}

	@Test
	void muensterSeesNoRowOfKoelnInAnyCooperationTable() {
		for (String table : TABLES) {
			List<String> fromMuenster = TenantContext.callAs(MUENSTER, () -> JdbcClient.create(dataSource)
					.sql("select distinct municipality_id from " + table).query(String.class).list());
			assertThat(fromMuenster).as(table).doesNotContain("05315");
			long fromKoeln = TenantContext.callAs(KOELN, () -> JdbcClient.create(dataSource)
					.sql("select count(*) from " + table + " where municipality_id = '05315'").query(Long.class).single());
			assertThat(fromKoeln).as(table).isPositive();
			long withoutTenant = TenantContext.callWithoutTenant(() -> JdbcClient.create(dataSource)
					.sql("select count(*) from " + table).query(Long.class).single());
			assertThat(withoutTenant).as(table).isZero();
		}
	}

	@Test
	void changingAConsentOfAnotherMunicipalityChangesNothing() {
		int changed = TenantContext.callAs(MUENSTER, () -> transactions.execute(s -> JdbcClient.create(dataSource)
				.sql("update consent set purpose = 'x' where municipality_id = '05315'").update()));
		assertThat(changed).isZero();
	}

	@Test
	void insertingARowForAnotherMunicipalityFails() {
		assertThatThrownBy(() -> TenantContext.runAs(MUENSTER, () -> transactions.executeWithoutResult(s -> JdbcClient
				.create(dataSource).sql("insert into partner (municipality_id, id, name, type, legal_domains, status, proposed_by) "
						+ "values ('05315', gen_random_uuid(), 'X', 'OTHER', '{OTHER}', 'CONFIRMED', 'x')").update())))
				.rootCause().hasMessageContaining("row-level security");
	}
}
