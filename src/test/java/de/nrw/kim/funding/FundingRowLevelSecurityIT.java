package de.nrw.kim.funding;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL alone enforces who reaches funding rows (ADR 0301): these queries leave out every
 * application filter. State-level users read all municipalities and write nothing of theirs.
 */
@KimIntegrationTest
class FundingRowLevelSecurityIT {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	JdbcClient jdbc() {
		return JdbcClient.create(dataSource);
	}

	static <T> T as(Role role, String municipality, Callable<T> work) throws Exception {
		CurrentUser user = new CurrentUser(UUID.randomUUID(), "rls-test", "RLS", Set.of(role),
				municipality == null ? null : MunicipalityKey.of(municipality), null);
		CurrentUser.CurrentUserSource principal = () -> user;
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
				null, List.of(new SimpleGrantedAuthority(role.authority()))));
		try {
			return work.call();
		} finally {
			SecurityContextHolder.clearContext();
		}
	}

	void positionsInBothMunicipalities() {
		for (String user : List.of("koord.koeln", "koord.muenster")) {
			ApiClient.as(port, user).post("/funding/positions", FundingPositionApiIT.position("employerName", "RLS-Test"));
		}
	}

	@Test
	void stateLevelUsersReadThePositionsOfAllMunicipalities() throws Exception {
		positionsInBothMunicipalities();
		List<String> seen = as(Role.MINISTRY_ANALYST, null,
				() -> jdbc().sql("select distinct municipality_id from funding_position").query(String.class).list());
		assertThat(seen).contains("05315", "05515");
	}

	@Test
	void aCoordinatorReadsOnlyTheOwnMunicipality() throws Exception {
		positionsInBothMunicipalities();
		List<String> seen = as(Role.COORDINATOR, "05515",
				() -> jdbc().sql("select distinct municipality_id from funding_position").query(String.class).list());
		assertThat(seen).containsExactly("05515");
	}

	@Test
	void stateLevelUsersCannotWriteAMunicipalitysRegister() {
		assertThatThrownBy(() -> as(Role.GRANT_OFFICER, null, () -> transactions.execute(s -> jdbc().sql("""
				insert into funding_position (municipality_id, id, module, kind, started_on, created_by)
				values ('05315', gen_random_uuid(), 2, 'STAFF', '2025-01-01', 'x')""").update())))
				.rootCause().hasMessageContaining("row-level security");
	}

	@Test
	void onlyTheGrantOfficerMayChangeRatesEvenInTheDatabase() throws Exception {
		int updated = as(Role.MINISTRY_ANALYST, null, () -> transactions.execute(s -> {
			int rows = jdbc().sql("update funding_rate set rate_per_fte = rate_per_fte where year = 2025").update();
			s.setRollbackOnly();
			return rows;
		}));
		assertThat(updated).isZero();
		int byGrantOfficer = as(Role.GRANT_OFFICER, null, () -> transactions.execute(s -> {
			int rows = jdbc().sql("update funding_rate set rate_per_fte = rate_per_fte where year = 2025").update();
			s.setRollbackOnly();
			return rows;
		}));
		assertThat(byGrantOfficer).isEqualTo(1);
	}

	@Test
	void otherTenantTablesStayInvisibleToStateLevelUsers() throws Exception {
		long organisations = as(Role.GRANT_OFFICER, null,
				() -> jdbc().sql("select count(*) from organisation").query(Long.class).single());
		assertThat(organisations).isZero();
	}
}
