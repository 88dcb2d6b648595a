package de.nrw.kim.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-ups (table {@code case_follow_up}). */
@Repository
public class FollowUps {

	private final JdbcClient jdbc;

	FollowUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MunicipalityKey m, FollowUp f) {
		jdbc.sql("""
				insert into case_follow_up (municipality_id, id, case_id, due_on, title, assigned_to, done, created_at, created_by)
				values (:m, :id, :case, :due, :title, :assigned, false, :at, :by)""")
				.param("m", m.value()).param("id", f.id()).param("case", f.caseId().value()).param("due", f.dueOn())
				.param("title", f.title()).param("assigned", f.assignedTo())
				.param("at", Timestamp.from(f.createdAt())).param("by", f.createdBy())
				.update();
	}

	public void markDone(MunicipalityKey m, FollowUp f) {
		jdbc.sql("update case_follow_up set done = true, done_at = :at, done_by = :by where municipality_id = :m and id = :id")
				.param("at", Timestamp.from(f.doneAt())).param("by", f.doneBy()).param("m", m.value()).param("id", f.id())
				.update();
	}

	public Optional<FollowUp> find(MunicipalityKey m, UUID id) {
		return jdbc.sql("select * from case_follow_up where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id)
				.query(FollowUps::map).optional();
	}

	/** All follow-ups of a case: open ones first, each by due date. */
	public List<FollowUp> ofCase(MunicipalityKey m, CaseId caseId) {
		return jdbc.sql("""
				select * from case_follow_up where municipality_id = :m and case_id = :case
				order by done, due_on, created_at""")
				.param("m", m.value()).param("case", caseId.value())
				.query(FollowUps::map).list();
	}

	/**
	 * The worklist: open follow-ups on open cases the user may see (or, with {@code mine}, on the
	 * user's own cases), due before {@code dueBefore} if given, earliest first.
	 */
	public PageResult<Due> openVisible(CurrentUser user, boolean mine, LocalDate dueBefore, Paging paging) {
		String where = """
				 from case_follow_up f join case_file c on c.municipality_id = f.municipality_id and c.id = f.case_id
				where f.municipality_id = :m and not f.done and c.phase <> 'CLOSED'"""
				+ " and " + (mine ? "c.case_manager = :user and " + Cases.SHOWN : Cases.VISIBLE)
				+ (dueBefore == null ? "" : " and f.due_on < :before");
		long total = jdbc.sql("select count(*)" + where).params(Cases.params(user)).param("before", dueBefore)
				.query(Long.class).single();
		List<Due> items = jdbc.sql("select f.*, c.client_id" + where
				+ " order by f.due_on, f.created_at, f.id limit :limit offset :offset")
				.params(Cases.params(user)).param("before", dueBefore)
				.param("limit", paging.size()).param("offset", paging.offset())
				.query((rs, n) -> new Due(map(rs, n), rs.getObject("client_id", UUID.class)))
				.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	static FollowUp map(ResultSet rs, int row) throws SQLException {
		Timestamp doneAt = rs.getTimestamp("done_at");
		return new FollowUp(rs.getObject("id", UUID.class), CaseId.of(rs.getObject("case_id", UUID.class)),
				rs.getObject("due_on", LocalDate.class), rs.getString("title"), rs.getString("assigned_to"),
				rs.getBoolean("done"), doneAt == null ? null : doneAt.toInstant(), rs.getString("done_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

	/** A follow-up on the worklist, with the client of its case. */
	public record Due(FollowUp followUp, UUID clientId) {
	}
}
