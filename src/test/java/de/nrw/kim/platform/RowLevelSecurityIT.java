package de.nrw.kim.platform;

import java.util.List;

import javax.sql.DataSource;

import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL alone keeps the municipalities apart: these queries deliberately leave out the
 * application's own {@code municipality_id} filter.
 */
@KimIntegrationTest
class RowLevelSecurityIT {

	private static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	private static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	JdbcClient jdbc() {
		return JdbcClient.create(dataSource);
	}

	@Test
	void theApplicationRoleIsNeitherSuperuserNorOwner() {
		var role = TenantContext.callAs(KOELN, () -> jdbc().sql(
				"select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user")
				.query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).single());
		assertThat(role).containsExactly("kim_app", false, false);
		String owner = jdbc().sql("select tableowner from pg_tables where tablename = 'organisation'").query(String.class).single();
		assertThat(owner).isNotEqualTo("kim_app");
	}

	@Test
	void aQueryWithoutTenantFilterSeesOnlyTheCurrentMunicipality() {
		List<String> seenFromKoeln = TenantContext.callAs(KOELN,
				() -> jdbc().sql("select distinct municipality_id from organisation").query(String.class).list());
		List<String> seenFromMuenster = TenantContext.callAs(MUENSTER,
				() -> jdbc().sql("select distinct municipality_id from organisation").query(String.class).list());
		assertThat(seenFromKoeln).containsExactly("05315");
		assertThat(seenFromMuenster).containsExactly("05515");
	}

	@Test
	void withoutATenantNoTenantRowIsVisible() {
		long rows = TenantContext.callWithoutTenant(
				() -> jdbc().sql("select count(*) from organisation").query(Long.class).single());
		assertThat(rows).isZero();
	}

	@Test
	void writingIntoAnotherMunicipalityIsRefused() {
		assertThatThrownBy(() -> TenantContext.runAs(KOELN, () -> transactions.executeWithoutResult(s -> jdbc()
				.sql("insert into organisation (municipality_id, id, name, kind) values ('05515', gen_random_uuid(), 'X', 'TOWN')")
				.update())))
				.isInstanceOf(org.springframework.dao.DataAccessException.class)
				.rootCause().hasMessageContaining("row-level security");
	}

	@Test
	void theAuditTrailCannotBeChangedEvenByMistake() {
		assertThatThrownBy(() -> TenantContext.runAs(KOELN, () -> transactions.executeWithoutResult(s -> jdbc()
				.sql("update audit_event set actor = 'x'").update())))
				.rootCause().hasMessageContaining("permission denied");
	}
}
