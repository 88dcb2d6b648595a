package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Consumer;

import de.nrw.kim.casework.CaseFacts;
import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link CaseFacts} of one municipality-year with six set-based queries (no query per case):
 * the cases, the first and latest assessment, goals, contacts and the phase history. Returns no name,
 * note or title, so nothing is audited here; the evaluation extract audits its export itself.
 */
@Component
class CaseFactsQuery {

	private static final String ACTIVE = " c.municipality_id = :m and c.opened_on <= :last and (c.closed_on is null or c.closed_on >= :first) ";
	private static final String BERLIN_DAY = "(%s at time zone 'Europe/Berlin')::date";

	private final JdbcClient jdbc;

	CaseFactsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CaseFacts> factsOf(MunicipalityKey municipality, int year, LocalDate asOf) {
		checkCaller(municipality);
		return facts(municipality, year, asOf, cases -> readPhases(cases, municipality, year, asOf));
	}

	/**
	 * The same facts as {@link #factsOf} for several years at once (the backfill, ADR 0805): the phase history,
	 * which has to be read whole for the window over each case's changes, is read once for all years.
	 */
	Map<Integer, List<CaseFacts>> factsOfYears(MunicipalityKey municipality, SortedMap<Integer, LocalDate> asOfByYear) {
		checkCaller(municipality);
		if (asOfByYear.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<PhaseSpan>> history = readPhaseHistory(municipality, asOfByYear.firstKey(), asOfByYear.lastKey());
		Map<Integer, List<CaseFacts>> byYear = new LinkedHashMap<>();
		asOfByYear.forEach((year, asOf) -> byYear.put(year,
				facts(municipality, year, asOf, cases -> phasesFrom(history, cases, asOf))));
		return byYear;
	}

	private List<CaseFacts> facts(MunicipalityKey municipality, int year, LocalDate asOf,
			Consumer<Map<UUID, Builder>> readPhases) {
		Map<UUID, Builder> cases = new LinkedHashMap<>();
		query("select c.id, c.client_id, c.case_manager, c.opened_on, c.closed_on, c.closure_reason, c.phase from case_file c where"
				+ ACTIVE + "order by c.opened_on, c.id", municipality, year, asOf).query((rs, n) -> {
					Builder b = new Builder(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
							rs.getString("case_manager"), rs.getObject("opened_on", LocalDate.class),
							rs.getObject("closed_on", LocalDate.class), rs.getString("closure_reason"), rs.getString("phase"));
					cases.put(b.id, b);
					return b;
				}).list();
		if (cases.isEmpty()) {
			return List.of();
		}
		readNeeds(cases, municipality, year, asOf);
		readGoals(cases, municipality, year, asOf);
		readContacts(cases, municipality, year, asOf);
		readPhases.accept(cases);
		return cases.values().stream().map(Builder::build).toList();
	}

	private void readNeeds(Map<UUID, Builder> cases, MunicipalityKey m, int year, LocalDate asOf) {
		query("""
				select r.case_id, r.first_rank = 1 as is_first, r.last_rank = 1 as is_latest, d.domain, d.need
				from (select a.case_id, a.id,
				             row_number() over (partition by a.case_id order by a.assessed_on, a.assessed_at) as first_rank,
				             row_number() over (partition by a.case_id order by a.assessed_on desc, a.assessed_at desc) as last_rank
				      from case_assessment a join case_file c on c.municipality_id = a.municipality_id and c.id = a.case_id
				      where a.municipality_id = :m and a.assessed_on <= :asOf and""" + ACTIVE + """
				     ) r
				join case_assessment_domain d on d.municipality_id = :m and d.assessment_id = r.id
				where r.first_rank = 1 or r.last_rank = 1""", m, year, asOf).query((rs, n) -> {
			Builder b = cases.get(rs.getObject("case_id", UUID.class));
			LifeDomain domain = LifeDomain.valueOf(rs.getString("domain"));
			Need need = Need.valueOf(rs.getString("need"));
			if (rs.getBoolean("is_first")) {
				b.firstNeeds.put(domain, need);
			}
			if (rs.getBoolean("is_latest")) {
				b.latestNeeds.put(domain, need);
			}
			return b;
		}).list();
	}

	private void readGoals(Map<UUID, Builder> cases, MunicipalityKey m, int year, LocalDate asOf) {
		String achievedOn = BERLIN_DAY.formatted("g.status_changed_at");
		query("select g.case_id, count(*) as goals, count(*) filter (where g.status = 'ACHIEVED') as achieved"
				+ " from case_goal g join case_file c on c.municipality_id = g.municipality_id and c.id = g.case_id"
				+ " where g.municipality_id = :m and" + ACTIVE + "group by g.case_id", m, year, asOf).query((rs, n) -> {
					Builder b = cases.get(rs.getObject("case_id", UUID.class));
					b.goals = rs.getInt("goals");
					b.goalsAchieved = rs.getInt("achieved");
					return b;
				}).list();
		query("select g.case_id, extract(month from " + achievedOn + ")::int as month, count(*) as n"
				+ " from case_goal g join case_file c on c.municipality_id = g.municipality_id and c.id = g.case_id"
				+ " where g.municipality_id = :m and g.status = 'ACHIEVED' and " + achievedOn + " between :first and :asOf and"
				+ ACTIVE + "group by 1, 2", m, year, asOf).query((rs, n) -> {
					cases.get(rs.getObject("case_id", UUID.class)).goalsByMonth[rs.getInt("month") - 1] = rs.getInt("n");
					return 0;
				}).list();
	}

	private void readContacts(Map<UUID, Builder> cases, MunicipalityKey m, int year, LocalDate asOf) {
		query("select t.case_id, count(*) as n, coalesce(sum(t.minutes), 0) as minutes"
				+ " from case_contact t join case_file c on c.municipality_id = t.municipality_id and c.id = t.case_id"
				+ " where t.municipality_id = :m and t.contact_on <= :asOf and" + ACTIVE + "group by t.case_id", m, year, asOf)
				.query((rs, n) -> {
					Builder b = cases.get(rs.getObject("case_id", UUID.class));
					b.contacts = rs.getInt("n");
					b.minutes = rs.getInt("minutes");
					return b;
				}).list();
		query("select t.case_id, extract(month from t.contact_on)::int as month, count(*) as n, sum(t.minutes) as minutes"
				+ " from case_contact t join case_file c on c.municipality_id = t.municipality_id and c.id = t.case_id"
				+ " where t.municipality_id = :m and t.contact_on between :first and :asOf and" + ACTIVE + "group by 1, 2",
				m, year, asOf).query((rs, n) -> {
					Builder b = cases.get(rs.getObject("case_id", UUID.class));
					b.contactsByMonth[rs.getInt("month") - 1] = rs.getInt("n");
					b.minutesByMonth[rs.getInt("month") - 1] = rs.getInt("minutes");
					return b;
				}).list();
	}

	private void readPhases(Map<UUID, Builder> cases, MunicipalityKey m, int year, LocalDate asOf) {
		query("""
				select p.case_id, p.to_phase,
				       sum(greatest(0, least(coalesce(p.next_on, c.closed_on, :asOf), :asOf) - p.changed_on)) as days
				from (select case_id, to_phase, changed_on,
				             lead(changed_on) over (partition by case_id order by seq) as next_on
				      from case_phase_change where municipality_id = :m) p
				join case_file c on c.municipality_id = :m and c.id = p.case_id
				where p.to_phase <> 'CLOSED' and p.changed_on <= :asOf and""" + ACTIVE + "group by 1, 2", m, year, asOf)
				.query((rs, n) -> {
					cases.get(rs.getObject("case_id", UUID.class)).days.put(Phase.valueOf(rs.getString("to_phase")),
							rs.getInt("days"));
					return 0;
				}).list();
	}

	/** Every non-closing phase change of the cases open in a year between the two, with the date of the next change. */
	private Map<UUID, List<PhaseSpan>> readPhaseHistory(MunicipalityKey m, int fromYear, int toYear) {
		Map<UUID, List<PhaseSpan>> history = new HashMap<>();
		jdbc.sql("""
				select p.case_id, p.to_phase, p.changed_on, p.next_on
				from (select case_id, to_phase, changed_on,
				             lead(changed_on) over (partition by case_id order by seq) as next_on
				      from case_phase_change where municipality_id = :m) p
				join case_file c on c.municipality_id = :m and c.id = p.case_id
				where p.to_phase <> 'CLOSED' and c.opened_on <= :last and (c.closed_on is null or c.closed_on >= :first)""")
				.param("m", m.value()).param("first", LocalDate.of(fromYear, 1, 1)).param("last", LocalDate.of(toYear, 12, 31))
				.query((rs, n) -> history.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new ArrayList<>())
						.add(new PhaseSpan(Phase.valueOf(rs.getString("to_phase")), rs.getObject("changed_on", LocalDate.class),
								rs.getObject("next_on", LocalDate.class))))
				.list();
		return history;
	}

	/** What {@link #readPhases} computes in SQL: per phase the days spent in it up to {@code asOf}. */
	private static void phasesFrom(Map<UUID, List<PhaseSpan>> history, Map<UUID, Builder> cases, LocalDate asOf) {
		for (Builder b : cases.values()) {
			for (PhaseSpan span : history.getOrDefault(b.id, List.of())) {
				if (span.changedOn().isAfter(asOf)) {
					continue;
				}
				LocalDate end = span.nextOn() != null ? span.nextOn() : b.closedOn != null ? b.closedOn : asOf;
				long days = Math.max(0, Math.min(end.toEpochDay(), asOf.toEpochDay()) - span.changedOn().toEpochDay());
				b.days.merge(span.phase(), (int) days, Integer::sum);
			}
		}
	}

	private record PhaseSpan(Phase phase, LocalDate changedOn, LocalDate nextOn) {
	}

	private JdbcClient.StatementSpec query(String sql, MunicipalityKey m, int year, LocalDate asOf) {
		return jdbc.sql(sql).param("m", m.value()).param("first", LocalDate.of(year, 1, 1))
				.param("last", LocalDate.of(year, 12, 31)).param("asOf", asOf);
	}

	private static void checkCaller(MunicipalityKey municipality) {
		if (!TenantContext.current().equals(Optional.of(municipality))) {
			throw new IllegalStateException("Fallkennzahlen nur unter dem Mandanten der Kommune " + municipality);
		}
		Optional<CurrentUser> user = CurrentUser.find();
		boolean allowed = user.isEmpty() || user.get().isStateLevel()
				|| user.get().has(Role.COORDINATOR) && municipality.equals(user.get().municipality());
		if (!allowed) {
			throw new AccessDeniedException("Fallkennzahlen nur für Koordination, Land und geplante Aufgaben");
		}
	}

	private static final class Builder {
		final UUID id;
		final UUID clientId;
		final String caseManager;
		final LocalDate openedOn;
		final LocalDate closedOn;
		final String reason;
		final String phase;
		final Map<LifeDomain, Need> firstNeeds = new EnumMap<>(LifeDomain.class);
		final Map<LifeDomain, Need> latestNeeds = new EnumMap<>(LifeDomain.class);
		final Map<Phase, Integer> days = new EnumMap<>(Phase.class);
		final int[] goalsByMonth = new int[12];
		final int[] contactsByMonth = new int[12];
		final int[] minutesByMonth = new int[12];
		int goals;
		int goalsAchieved;
		int contacts;
		int minutes;

		Builder(UUID id, UUID clientId, String caseManager, LocalDate openedOn, LocalDate closedOn, String reason,
				String phase) {
			this.id = id;
			this.clientId = clientId;
			this.caseManager = caseManager;
			this.openedOn = openedOn;
			this.closedOn = closedOn;
			this.reason = reason;
			this.phase = phase;
		}

		CaseFacts build() {
			return new CaseFacts(CaseId.of(id), clientId, caseManager, openedOn, closedOn,
					reason == null ? null : ClosureReason.valueOf(reason), Phase.valueOf(phase),
					Collections.unmodifiableMap(firstNeeds), Collections.unmodifiableMap(latestNeeds), goals, goalsAchieved,
					list(goalsByMonth), contacts, minutes, list(contactsByMonth), list(minutesByMonth),
					Collections.unmodifiableMap(days));
		}

		private static List<Integer> list(int[] values) {
			List<Integer> list = new ArrayList<>(values.length);
			for (int v : values) {
				list.add(v);
			}
			return List.copyOf(list);
		}
	}
}
