package de.nrw.kim.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The goals of the plans (table {@code case_goal}). */
@Repository
public class Goals {

	private final JdbcClient jdbc;

	Goals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MunicipalityKey m, Goal g) {
		jdbc.sql("""
				insert into case_goal (municipality_id, id, case_id, domain, title, due_on, status, created_at, created_by,
				    status_changed_at, status_changed_by, version)
				values (:m, :id, :case, :domain, :title, :due, :status, :created, :createdBy, :created, :createdBy, 0)""")
				.param("m", m.value()).param("id", g.id()).param("case", g.caseId().value())
				.param("domain", g.domain().name()).param("title", g.title()).param("due", g.dueOn())
				.param("status", g.status().name()).param("created", Timestamp.from(g.createdAt()))
				.param("createdBy", g.createdBy())
				.update();
	}

	/** Writes the new status if the goal is still at {@code g.version()}; false when someone changed it first. */
	public boolean updateStatus(MunicipalityKey m, Goal g) {
		return jdbc.sql("""
				update case_goal set status = :status, status_changed_at = :at, status_changed_by = :by, version = version + 1
				where municipality_id = :m and id = :id and version = :version""")
				.param("status", g.status().name()).param("at", Timestamp.from(g.statusChangedAt()))
				.param("by", g.statusChangedBy()).param("m", m.value()).param("id", g.id()).param("version", g.version())
				.update() == 1;
	}

	public Optional<Goal> find(MunicipalityKey m, CaseId caseId, UUID id) {
		return jdbc.sql("select * from case_goal where municipality_id = :m and case_id = :case and id = :id")
				.param("m", m.value()).param("case", caseId.value()).param("id", id)
				.query(Goals::map).optional();
	}

	public List<Goal> ofCase(MunicipalityKey m, CaseId caseId) {
		return jdbc.sql("select * from case_goal where municipality_id = :m and case_id = :case order by created_at, id")
				.param("m", m.value()).param("case", caseId.value())
				.query(Goals::map).list();
	}

	/** Open goals with a due date up to {@code until} on the user's own open cases, earliest first. */
	public List<GoalDue> dueOnOwnCases(CurrentUser user, LocalDate until, int limit) {
		return jdbc.sql("""
				select g.*, c.client_id from case_goal g
				join case_file c on c.municipality_id = g.municipality_id and c.id = g.case_id
				where g.municipality_id = :m and c.case_manager = :user and c.phase <> 'CLOSED'
				  and g.status = 'OPEN' and g.due_on is not null and g.due_on <= :until
				order by g.due_on, g.created_at limit :limit""")
				.params(Cases.params(user)).param("until", until).param("limit", limit)
				.query((rs, n) -> new GoalDue(map(rs, n), rs.getObject("client_id", UUID.class)))
				.list();
	}

	static Goal map(ResultSet rs, int row) throws SQLException {
		return new Goal(rs.getObject("id", UUID.class), CaseId.of(rs.getObject("case_id", UUID.class)),
				LifeDomain.valueOf(rs.getString("domain")), rs.getString("title"), rs.getObject("due_on", LocalDate.class),
				GoalStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), rs.getTimestamp("status_changed_at").toInstant(),
				rs.getString("status_changed_by"), rs.getInt("version"));
	}

	/** A goal that is due, with the client of its case. */
	public record GoalDue(Goal goal, UUID clientId) {
	}
}
