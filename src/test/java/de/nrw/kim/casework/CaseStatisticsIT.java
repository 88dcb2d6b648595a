package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.Role;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Case counts for reports (ADR 0304): the state level gets counts of one municipality, never a case
 * row; a coordinator only the own municipality; case managers none.
 */
@KimIntegrationTest
class CaseStatisticsIT {

	static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");

	@LocalServerPort
	int port;

	@Autowired
	CaseStatistics statistics;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theGrantAuthorityCountsAMunicipalitysCasesButStillReadsNoCaseRow() throws Exception {
		int year = LocalDate.now().getYear();
		ApiClient cm = ApiClient.as(port, "cm.muenster");
		CaseFigures before = as(Role.GRANT_OFFICER, null, () -> statistics.figuresOf(MUENSTER, year));
		String client = cm.post("/clients", Map.of("givenName", "Dana", "familyName", "Zählung", "gender", "FEMALE")).text("id");
		String caseId = cm.post("/cases", Map.of("clientId", client)).text("id");
		cm.post("/cases/" + caseId + "/close", Map.of("reason", "GOALS_ACHIEVED"));

		CaseFigures after = as(Role.GRANT_OFFICER, null, () -> statistics.figuresOf(MUENSTER, year));
		assertThat(after.newCases() - before.newCases()).isEqualTo(1);
		assertThat(after.closedCases() - before.closedCases()).isEqualTo(1);
		assertThat(after.closedByReason().get(ClosureReason.GOALS_ACHIEVED)
				- before.closedByReason().get(ClosureReason.GOALS_ACHIEVED)).isEqualTo(1);
		assertThat(after.activeCases()).isEqualTo(after.openAtYearEnd() + after.closedCases());
		assertThat(after.closedByReason().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(after.closedCases());
		assertThat(as(Role.COORDINATOR, "05515", () -> statistics.figuresOf(MUENSTER, year))).isEqualTo(after);

		Long rows = as(Role.GRANT_OFFICER, null, () -> transactions.execute(status ->
				JdbcClient.create(dataSource).sql("select count(*) from case_file").query(Long.class).single()));
		assertThat(rows).as("RLS keeps case_file closed to the state level").isZero();
	}

	@Test
	void othersAreTurnedAway() {
		assertThatThrownBy(() -> as(Role.COORDINATOR, "05315", () -> statistics.figuresOf(MUENSTER, 2025)))
				.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(Role.CASE_MANAGER, "05515", () -> statistics.figuresOf(MUENSTER, 2025)))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(Role.GRANT_OFFICER, null, () -> transactions.execute(
				status -> statistics.figuresOf(MUENSTER, 2025))))
				.as("the tenant cannot change inside a transaction").isInstanceOf(IllegalStateException.class);
	}

	static <T> T as(Role role, String municipality, Callable<T> work) throws Exception {
		CurrentUser user = new CurrentUser(UUID.randomUUID(), "statistik-test", "Statistik", Set.of(role),
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
}
