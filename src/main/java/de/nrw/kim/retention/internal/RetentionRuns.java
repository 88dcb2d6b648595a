package de.nrw.kim.retention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Table {@code retention_run}: the deletion report, append-only. */
@Repository
class RetentionRuns {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcClient jdbc;

	RetentionRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityKey municipality, RetentionRun run) {
		jdbc.sql("""
				insert into retention_run (municipality_id, id, as_of, dry_run, retention_years, started_at, started_by,
				    deleted_clients, anonymised_cases, erased_records)
				values (:m, :id, :asOf, :dry, :years, :at, :by, :clients, :cases, :records::jsonb)""")
				.param("m", municipality.value()).param("id", run.id()).param("asOf", run.asOf())
				.param("dry", run.dryRun()).param("years", run.retentionYears())
				.param("at", Timestamp.from(run.startedAt())).param("by", run.startedBy())
				.param("clients", run.deletedClients()).param("cases", run.anonymisedCases())
				.param("records", JSON.writeValueAsString(run.erasedRecords()))
				.update();
	}

	PageResult<RetentionRun> list(MunicipalityKey municipality, Paging paging) {
		long total = jdbc.sql("select count(*) from retention_run where municipality_id = :m")
				.param("m", municipality.value()).query(Long.class).single();
		List<RetentionRun> items = jdbc.sql("""
				select * from retention_run where municipality_id = :m
				order by started_at desc, id limit :limit offset :offset""")
				.param("m", municipality.value()).param("limit", paging.size()).param("offset", paging.offset())
				.query(RetentionRuns::map).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	private static RetentionRun map(ResultSet rs, int row) throws SQLException {
		Map<String, Integer> records = new LinkedHashMap<>(
				JSON.readValue(rs.getString("erased_records"), new TypeReference<Map<String, Integer>>() {
				}));
		return new RetentionRun(rs.getObject("id", UUID.class), rs.getObject("as_of", java.time.LocalDate.class),
				rs.getBoolean("dry_run"), rs.getInt("retention_years"), rs.getTimestamp("started_at").toInstant(),
				rs.getString("started_by"), rs.getInt("deleted_clients"), rs.getInt("anonymised_cases"), records);
	}
}
