package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import de.nrw.kim.casework.CaseFigures;
import de.nrw.kim.casework.Caseload;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.casework.CaseStatistics;
import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the cases of one municipality in one year with a single aggregate query. State-level users
 * have no tenant, and {@code case_file} shows them no row; instead of opening the table to the state
 * scope (which would let any state-level query read cases), the query runs under the municipality's
 * tenant and returns counts only (ADR 0304). Counts are not client data, so nothing is audited.
 */
@Service
class CaseFiguresQuery implements CaseStatistics {

	private static final String COUNTS = """
			select count(*) filter (where opened_on between :first and :last) as new_cases,
			       count(*) filter (where opened_on <= :last and (closed_on is null or closed_on >= :first)) as active_cases,
			       count(*) filter (where opened_on <= :last and (closed_on is null or closed_on > :last)) as open_at_end,
			       count(*) filter (where closed_on between :first and :last) as closed_cases,
			       %s
			from case_file where municipality_id = :m""".formatted(Arrays.stream(ClosureReason.values())
			.map(r -> "count(*) filter (where closed_on between :first and :last and closure_reason = '" + r.name()
					+ "') as closed_" + r.name().toLowerCase())
			.collect(Collectors.joining(",\n       ")));

	private final JdbcClient jdbc;
	private final Municipalities municipalities;
	private final TransactionTemplate readOnly;

	private final CaseFactsQuery facts;

	CaseFiguresQuery(JdbcClient jdbc, Municipalities municipalities, PlatformTransactionManager transactions,
			CaseFactsQuery facts) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.municipalities = municipalities;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	@PreAuthorize("hasAnyRole('COORDINATOR','GRANT_OFFICER','MINISTRY_ANALYST')")
	public CaseFigures figuresOf(MunicipalityKey municipality, int year) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStateLevel() && !municipality.equals(user.municipality())) {
			throw new NotFoundException("Die Kommune " + municipality);
		}
		municipalities.get(municipality);
		return TenantContext.callAs(municipality, () -> readOnly.execute(status -> count(municipality, year)));
	}

	@Override
	public java.util.List<de.nrw.kim.casework.CaseFacts> factsOf(MunicipalityKey municipality, int year, LocalDate asOf) {
		return readOnly.execute(status -> facts.factsOf(municipality, year, asOf));
	}

	@Override
	public java.util.Map<Integer, java.util.List<de.nrw.kim.casework.CaseFacts>> factsOfYears(MunicipalityKey municipality,
			java.util.SortedMap<Integer, LocalDate> asOfByYear) {
		return readOnly.execute(status -> facts.factsOfYears(municipality, asOfByYear));
	}

	private CaseFigures count(MunicipalityKey municipality, int year) {
		return jdbc.sql(COUNTS).param("m", municipality.value()).param("first", LocalDate.of(year, 1, 1))
				.param("last", LocalDate.of(year, 12, 31))
				.query((rs, n) -> {
					Map<ClosureReason, Long> byReason = new EnumMap<>(ClosureReason.class);
					for (ClosureReason reason : ClosureReason.values()) {
						byReason.put(reason, rs.getLong("closed_" + reason.name().toLowerCase()));
					}
					return new CaseFigures(municipality, year, rs.getLong("new_cases"), rs.getLong("active_cases"),
							rs.getLong("open_at_end"), rs.getLong("closed_cases"), Collections.unmodifiableMap(byReason));
				}).single();
	}

	@Override
	@PreAuthorize("hasRole('COORDINATOR')")
	public Caseload caseloadOfOwnMunicipality() {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		return readOnly.execute(status -> {
			Map<Phase, Long> byPhase = new EnumMap<>(Phase.class);
			Arrays.stream(Phase.values()).filter(Phase::isOpen).forEach(p -> byPhase.put(p, 0L));
			jdbc.sql("select phase, count(*) as n from case_file where municipality_id = :m and phase <> 'CLOSED' group by phase")
					.param("m", m.value()).query((rs, n) -> byPhase.put(Phase.valueOf(rs.getString("phase")), rs.getLong("n"))).list();
			var byCaseManager = jdbc.sql("""
					select case_manager_name, organisation_id, count(*) as n from case_file
					where municipality_id = :m and phase <> 'CLOSED'
					group by case_manager, case_manager_name, organisation_id order by count(*) desc, case_manager_name""")
					.param("m", m.value())
					.query((rs, n) -> new Caseload.CaseManagerLoad(rs.getString("case_manager_name"),
							rs.getObject("organisation_id", java.util.UUID.class), rs.getLong("n")))
					.list();
			return new Caseload(Collections.unmodifiableMap(byPhase), byCaseManager);
		});
	}
}
