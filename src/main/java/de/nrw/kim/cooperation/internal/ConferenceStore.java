package de.nrw.kim.cooperation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code case_conference*}; every query names the municipality. */
@Repository
class ConferenceStore {

	private final JdbcClient jdbc;

	ConferenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityKey m, Conference c) {
		jdbc.sql("""
				insert into case_conference (municipality_id, id, case_id, client_id, held_on, agenda, data_categories,
				    created_at, created_by, updated_at, updated_by)
				values (:m, :id, :case, :client, :on, :agenda, :categories::text[], :at, :by, :at, :by)""")
				.param("m", m.value()).param("id", c.id()).param("case", c.caseId()).param("client", c.clientId())
				.param("on", c.heldOn()).param("agenda", c.agenda())
				.param("categories", "{" + c.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(",")) + "}")
				.param("at", Timestamp.from(c.createdAt())).param("by", c.createdBy()).update();
		int position = 0;
		for (Conference.Participant p : c.participants()) {
			jdbc.sql("""
					insert into case_conference_participant (municipality_id, conference_id, position, partner_id, consent_id, name)
					values (:m, :id, :pos, :partner, :consent, :name)""")
					.param("m", m.value()).param("id", c.id()).param("pos", position++).param("partner", p.partnerId())
					.param("consent", p.consentId()).param("name", p.name()).update();
		}
	}

	Optional<Conference> find(MunicipalityKey m, UUID id) {
		return jdbc.sql("select * from case_conference where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).query((rs, n) -> row(m, rs)).optional();
	}

	List<Conference> ofCase(MunicipalityKey m, UUID caseId) {
		return jdbc.sql("select * from case_conference where municipality_id = :m and case_id = :case order by held_on desc, created_at desc")
				.param("m", m.value()).param("case", caseId).query((rs, n) -> row(m, rs)).list();
	}

	boolean writeMinutes(MunicipalityKey m, UUID id, int version, String text, String by, Instant at) {
		boolean written = jdbc.sql("""
				update case_conference set minutes = :text, version = version + 1, updated_at = :at, updated_by = :by
				where municipality_id = :m and id = :id and version = :version""")
				.param("text", text).param("at", Timestamp.from(at)).param("by", by).param("m", m.value()).param("id", id)
				.param("version", version).update() == 1;
		if (written) {
			jdbc.sql("""
					insert into case_conference_minutes (municipality_id, conference_id, version, text, written_at, written_by)
					values (:m, :id, :version, :text, :at, :by)""")
					.param("m", m.value()).param("id", id).param("version", version + 1).param("text", text)
					.param("at", Timestamp.from(at)).param("by", by).update();
		}
		return written;
	}

	List<Conference.Minutes> minutes(MunicipalityKey m, UUID id) {
		return jdbc.sql("select * from case_conference_minutes where municipality_id = :m and conference_id = :id order by version desc")
				.param("m", m.value()).param("id", id)
				.query((rs, n) -> new Conference.Minutes(rs.getInt("version"), rs.getString("text"),
						rs.getTimestamp("written_at").toInstant(), rs.getString("written_by")))
				.list();
	}

	void insertDecision(MunicipalityKey m, UUID conferenceId, Conference.Decision d) {
		jdbc.sql("""
				insert into case_conference_decision (municipality_id, id, conference_id, text, responsible, due_on, follow_up_id,
				    created_at, created_by)
				values (:m, :id, :conf, :text, :responsible, :due, :followUp, :at, :by)""")
				.param("m", m.value()).param("id", d.id()).param("conf", conferenceId).param("text", d.text())
				.param("responsible", d.responsible()).param("due", d.dueOn()).param("followUp", d.followUpId())
				.param("at", Timestamp.from(d.createdAt())).param("by", d.createdBy()).update();
	}

	private Conference row(MunicipalityKey m, java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		Arrays.stream((String[]) rs.getArray("data_categories").getArray()).map(DataCategory::valueOf).forEach(categories::add);
		return new Conference(id, rs.getObject("case_id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("held_on", java.time.LocalDate.class), rs.getString("agenda"), categories, rs.getString("minutes"),
				participants(m, id), decisions(m, id), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getInt("version"));
	}

	private List<Conference.Participant> participants(MunicipalityKey m, UUID id) {
		return jdbc.sql("""
				select p.partner_id, p.consent_id, p.name, pa.name as partner_name
				from case_conference_participant p
				left join partner pa on pa.municipality_id = p.municipality_id and pa.id = p.partner_id
				where p.municipality_id = :m and p.conference_id = :id order by p.position""")
				.param("m", m.value()).param("id", id)
				.query((rs, n) -> new Conference.Participant(rs.getObject("partner_id", UUID.class), rs.getString("partner_name"),
						rs.getObject("consent_id", UUID.class), rs.getString("name")))
				.list();
	}

	private List<Conference.Decision> decisions(MunicipalityKey m, UUID id) {
		return jdbc.sql("select * from case_conference_decision where municipality_id = :m and conference_id = :id order by created_at")
				.param("m", m.value()).param("id", id)
				.query((rs, n) -> new Conference.Decision(rs.getObject("id", UUID.class), rs.getString("text"),
						rs.getString("responsible"), rs.getObject("due_on", java.time.LocalDate.class),
						rs.getObject("follow_up_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
						rs.getString("created_by")))
				.list();
	}
}
