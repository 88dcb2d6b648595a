package de.nrw.kim.reporting.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pre-aggregated figures and the refresh bookkeeping per municipality-year (V60). */
@Repository
class Figures {

	/** The only statements of the state-level read path (ADR 0608: pre-aggregated tables only). */
	static final String OF_YEAR = "select municipality_id, month, measure, value from reporting_figure where year = :y and scope = :s";
	static final String FRESHNESS = """
			select min(refreshed_at) as oldest, max(refreshed_at) as newest, count(*) filter (where requested_at is not null) as pending
			from reporting_refresh where year = :y""";
	static final String FRESHNESS_BY_YEAR = """
			select year, min(refreshed_at) as oldest, max(refreshed_at) as newest, count(*) filter (where requested_at is not null) as pending
			from reporting_refresh group by year""";
	private static final String INSERT = "insert into reporting_figure (municipality_id, year, month, scope, measure, value)"
			+ " select ?, ?, * from unnest(?::int[], ?::text[], ?::text[], ?::bigint[])";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	Figures(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Marks a municipality-year for recomputation; called in the transaction of the case change. The
	 * newest request time wins, so a refresh that read the cases before this change cannot clear it.
	 */
	void request(MunicipalityKey m, int year, Instant at) {
		jdbc.sql("""
				insert into reporting_refresh (municipality_id, year, requested_at) values (:m, :y, :at)
				on conflict (municipality_id, year) do update set requested_at = greatest(reporting_refresh.requested_at, excluded.requested_at)""")
				.param("m", m.value()).param("y", year).param("at", Timestamp.from(at)).update();
	}

	List<Requested> requested(MunicipalityKey m) {
		return jdbc.sql("select year, requested_at from reporting_refresh where municipality_id = :m and requested_at is not null order by year")
				.param("m", m.value())
				.query((rs, n) -> new Requested(rs.getInt("year"), rs.getTimestamp("requested_at").toInstant())).list();
	}

	/** Replaces the figures of a municipality-year; requests that arrived meanwhile stay pending. */
	void replace(MunicipalityKey m, int year, Map<FigureKey, Long> figures, Optional<Instant> requestedAt, Instant now) {
		jdbc.sql("insert into reporting_refresh (municipality_id, year) values (:m, :y) on conflict do nothing")
				.param("m", m.value()).param("y", year).update();
		jdbc.sql("select year from reporting_refresh where municipality_id = :m and year = :y for update")
				.param("m", m.value()).param("y", year).query(Integer.class).single();
		jdbc.sql("delete from reporting_figure where municipality_id = :m and year = :y").param("m", m.value()).param("y", year)
				.update();
		insert(m, year, figures);
		jdbc.sql("""
				insert into reporting_refresh (municipality_id, year, refreshed_at) values (:m, :y, :now)
				on conflict (municipality_id, year) do update set refreshed_at = excluded.refreshed_at,
				    requested_at = case when reporting_refresh.requested_at <= :req then null else reporting_refresh.requested_at end""")
				.param("m", m.value()).param("y", year).param("now", Timestamp.from(now))
				.param("req", Timestamp.from(requestedAt.orElse(now))).update();
	}

	/** All values in one statement (arrays unnested): a municipality-year has thousands of them (per case manager). */
	private void insert(MunicipalityKey m, int year, Map<FigureKey, Long> figures) {
		if (figures.isEmpty()) {
			return;
		}
		List<Integer> months = new ArrayList<>(figures.size());
		List<String> scopes = new ArrayList<>(figures.size());
		List<String> measures = new ArrayList<>(figures.size());
		List<Long> values = new ArrayList<>(figures.size());
		figures.forEach((k, v) -> {
			months.add(k.month());
			scopes.add(k.scope());
			measures.add(k.measure());
			values.add(v);
		});
		template.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(INSERT);
			insert.setString(1, m.value());
			insert.setInt(2, year);
			insert.setArray(3, connection.createArrayOf("int4", months.toArray()));
			insert.setArray(4, connection.createArrayOf("text", scopes.toArray()));
			insert.setArray(5, connection.createArrayOf("text", measures.toArray()));
			insert.setArray(6, connection.createArrayOf("int8", values.toArray()));
			return insert;
		});
	}

	/** Every stored value of a year (RLS shows the state level all municipalities, anyone else the own one). */
	List<Stored> ofYear(int year, String scope) {
		return jdbc.sql(OF_YEAR)
				.param("y", year).param("s", scope)
				.query((rs, n) -> new Stored(rs.getString("municipality_id"), rs.getInt("month"), rs.getString("measure"),
						rs.getLong("value"))).list();
	}

	/** Whether no year of the current tenant's municipality was ever computed. */
	boolean neverRefreshed() {
		return jdbc.sql("select not exists (select 1 from reporting_refresh where refreshed_at is not null)").query(Boolean.class)
				.single();
	}

	/** When the figures of a year were last computed (oldest municipality) and how many wait for a refresh. */
	Freshness freshness(int year) {
		return jdbc.sql(FRESHNESS).param("y", year)
				.query((rs, n) -> new Freshness(instant(rs.getTimestamp("oldest")), instant(rs.getTimestamp("newest")),
						rs.getInt("pending"))).single();
	}

	/** {@link #freshness(int)} of every year with figures (the state level sees all municipalities). */
	Map<Integer, Freshness> freshnessByYear() {
		Map<Integer, Freshness> byYear = new java.util.TreeMap<>();
		jdbc.sql(FRESHNESS_BY_YEAR).query(rs -> {
			byYear.put(rs.getInt("year"), new Freshness(instant(rs.getTimestamp("oldest")), instant(rs.getTimestamp("newest")),
					rs.getInt("pending")));
		});
		return byYear;
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	record Requested(int year, Instant at) {
	}

	record Stored(String municipality, int month, String measure, long value) {
	}

	record Freshness(Instant oldestRefresh, Instant newestRefresh, int pending) {
	}
}
