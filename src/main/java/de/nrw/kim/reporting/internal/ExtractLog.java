package de.nrw.kim.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The state level's log of evaluation extracts (V62): who, when, which years, which format, how many cases. */
@Repository
public class ExtractLog {

	private final JdbcClient jdbc;

	ExtractLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Entry(UUID id, Instant createdAt, String requestedBy, String requestedByName, int fromYear, int toYear,
			String format, int cases) {
	}

	@Transactional
	void record(EvaluationExtract.Extract extract, String format, CurrentUser user, Instant at) {
		jdbc.sql("""
				insert into reporting_extract_log (id, created_at, requested_by, requested_by_name, from_year, to_year, format, case_count)
				values (:id, :at, :user, :name, :from, :to, :format, :cases)""")
				.param("id", extract.id()).param("at", Timestamp.from(at)).param("user", user.username())
				.param("name", user.displayName()).param("from", extract.fromYear()).param("to", extract.toYear())
				.param("format", format).param("cases", extract.rows().size()).update();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('MINISTRY_ANALYST')")
	public PageResult<Entry> page(Paging paging) {
		long total = jdbc.sql("select count(*) from reporting_extract_log").query(Long.class).single();
		List<Entry> items = jdbc.sql("""
				select id, created_at, requested_by, requested_by_name, from_year, to_year, format, case_count
				from reporting_extract_log order by created_at desc, id limit :size offset :offset""")
				.param("size", paging.size()).param("offset", paging.offset())
				.query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant(),
						rs.getString("requested_by"), rs.getString("requested_by_name"), rs.getInt("from_year"),
						rs.getInt("to_year"), rs.getString("format"), rs.getInt("case_count")))
				.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}
}
