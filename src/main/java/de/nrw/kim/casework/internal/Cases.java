package de.nrw.kim.casework.internal;

import java.util.Map;
import java.util.HashMap;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases of a municipality (table {@code case_file}) and their phase history. Every query names
 * the municipality; lists apply need-to-know in SQL ({@link #VISIBLE}) exactly as
 * {@link Case#isVisibleTo} does for one case.
 */
@Repository
public class Cases {

	/** Never an anonymised case or one of a restricted person (Art. 18 GDPR, ADR 0027). */
	static final String SHOWN = "c.client_id is not null and not kim_client_restricted(c.municipality_id, c.client_id)";

	/** Need-to-know as SQL: own cases, and cases of the same organisation shared with the team. */
	static final String VISIBLE = "(c.case_manager = :user or (c.team_shared and c.organisation_id = :org)) and " + SHOWN;

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Case c, String by, Instant at) {
		jdbc.sql("""
				insert into case_file (municipality_id, id, client_id, organisation_id, case_manager, case_manager_name,
				    phase, team_shared, opened_on, created_at, updated_at, version)
				values (:m, :id, :client, :org, :manager, :managerName, :phase, :shared, :opened, :at, :at, 0)""")
				.param("m", c.municipality().value()).param("id", c.id().value()).param("client", c.clientId())
				.param("org", c.organisationId()).param("manager", c.caseManager())
				.param("managerName", c.caseManagerName()).param("phase", c.phase().name())
				.param("shared", c.teamShared()).param("opened", c.openedOn()).param("at", Timestamp.from(at))
				.update();
		recordPhase(c, null, c.phase(), c.openedOn(), by, at);
	}

	/** Writes the case's state if nobody changed it since it was read; false otherwise. */
	public boolean update(Case c, Instant at) {
		boolean written = jdbc.sql("""
				update case_file set phase = :phase, team_shared = :shared, closed_on = :closedOn,
				    closure_reason = :reason, closure_note = :note, updated_at = :at, version = version + 1
				where municipality_id = :m and id = :id and version = :version""")
				.param("phase", c.phase().name()).param("shared", c.teamShared()).param("closedOn", c.closedOn())
				.param("reason", c.closureReason() == null ? null : c.closureReason().name())
				.param("note", c.closureNote()).param("at", Timestamp.from(at))
				.param("m", c.municipality().value()).param("id", c.id().value()).param("version", c.version())
				.update() == 1;
		if (written) {
			c.stored();
		}
		return written;
	}

	public void recordPhase(Case c, Phase from, Phase to, LocalDate on, String by, Instant at) {
		jdbc.sql("""
				insert into case_phase_change (municipality_id, case_id, seq, from_phase, to_phase, changed_on, changed_at, changed_by)
				values (:m, :case, (select coalesce(max(seq), 0) + 1 from case_phase_change where municipality_id = :m and case_id = :case),
				    :from, :to, :on, :at, :by)""")
				.param("m", c.municipality().value()).param("case", c.id().value())
				.param("from", from == null ? null : from.name()).param("to", to.name()).param("on", on)
				.param("at", Timestamp.from(at)).param("by", by)
				.update();
	}

	public Optional<Case> find(MunicipalityKey m, CaseId id) {
		return jdbc.sql("select * from case_file c where c.municipality_id = :m and c.id = :id")
				.param("m", m.value()).param("id", id.value())
				.query(Cases::map).optional();
	}

	/** Reads the case and locks its row until the transaction ends, so changes to the case file happen one after the other. */
	public Optional<Case> lock(MunicipalityKey m, CaseId id) {
		return jdbc.sql("select * from case_file c where c.municipality_id = :m and c.id = :id for update")
				.param("m", m.value()).param("id", id.value())
				.query(Cases::map).optional();
	}

	public PageResult<Case> visible(CurrentUser user, CaseFilter filter, Paging paging) {
		String where = " from case_file c where c.municipality_id = :m and " + switch (filter.scope()) {
			case MINE -> "c.case_manager = :user and " + SHOWN;
			case TEAM -> "c.case_manager <> :user and c.team_shared and c.organisation_id = :org and " + SHOWN;
			case ALL -> VISIBLE;
		} + (filter.phase() != null ? " and c.phase = :phase" : filter.openOnly() ? " and c.phase <> 'CLOSED'" : "");
		long total = jdbc.sql("select count(*)" + where).params(params(user))
				.param("phase", filter.phase() == null ? null : filter.phase().name())
				.query(Long.class).single();
		List<Case> items = jdbc.sql("select c.*" + where
				+ " order by c.opened_on desc, c.created_at desc, c.id limit :limit offset :offset")
				.params(params(user)).param("phase", filter.phase() == null ? null : filter.phase().name())
				.param("limit", paging.size()).param("offset", paging.offset())
				.query(Cases::map).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	public List<Case> visibleOfClient(CurrentUser user, UUID clientId) {
		return jdbc.sql("select c.* from case_file c where c.municipality_id = :m and c.client_id = :client and " + VISIBLE
				+ " order by c.opened_on desc, c.created_at desc")
				.params(params(user)).param("client", clientId)
				.query(Cases::map).list();
	}

	/** Every case of a client held by one organisation (the data controller), for the Art. 15 export. */
	public List<Case> ofClientInOrganisation(MunicipalityKey m, UUID clientId, UUID organisationId) {
		return jdbc.sql("select c.* from case_file c where c.municipality_id = :m and c.client_id = :client"
				+ " and c.organisation_id = :org order by c.opened_on, c.created_at")
				.param("m", m.value()).param("client", clientId).param("org", organisationId)
				.query(Cases::map).list();
	}

	public List<PhaseChange> history(MunicipalityKey m, CaseId id) {
		return jdbc.sql("""
				select from_phase, to_phase, changed_on, changed_by from case_phase_change
				where municipality_id = :m and case_id = :case order by seq""")
				.param("m", m.value()).param("case", id.value())
				.query((rs, n) -> new PhaseChange(phase(rs.getString("from_phase")), phase(rs.getString("to_phase")),
						rs.getObject("changed_on", LocalDate.class), rs.getString("changed_by")))
				.list();
	}

	static Map<String, Object> params(CurrentUser user) {
		Map<String, Object> p = new HashMap<>();
		p.put("m", user.requireMunicipality().value());
		p.put("user", user.username());
		p.put("org", user.organisationId());
		return p;
	}

	static Case map(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("closure_reason");
		Case c = new Case(CaseId.of(rs.getObject("id", UUID.class)), MunicipalityKey.of(rs.getString("municipality_id")),
				rs.getObject("client_id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("case_manager"), rs.getString("case_manager_name"),
				rs.getObject("opened_on", LocalDate.class), Phase.valueOf(rs.getString("phase")),
				rs.getBoolean("team_shared"), rs.getObject("closed_on", LocalDate.class),
				reason == null ? null : ClosureReason.valueOf(reason), rs.getString("closure_note"), rs.getInt("version"));
		String transferredTo = rs.getString("transferred_to");
		c.linkTransfer(rs.getObject("transferred_from", UUID.class),
				transferredTo == null ? null : MunicipalityKey.of(transferredTo));
		return c;
	}

	private static Phase phase(String name) {
		return name == null ? null : Phase.valueOf(name);
	}

	/** One entry of a case's phase history; {@code from} is null for the opening. */
	public record PhaseChange(Phase from, Phase to, LocalDate on, String by) {
	}
}
