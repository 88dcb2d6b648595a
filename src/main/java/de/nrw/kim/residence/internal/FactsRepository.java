package de.nrw.kim.residence.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts for the perspective rules (table {@code residence_facts}). */
@Repository
class FactsRepository {

	private final JdbcClient jdbc;

	FactsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ResidenceFacts> find(MunicipalityKey m, UUID clientId) {
		return jdbc.sql("select * from residence_facts where municipality_id = :m and client_id = :client")
				.param("m", m.value()).param("client", clientId).query((rs, n) -> map(rs)).optional();
	}

	List<ResidenceFacts> all(MunicipalityKey m) {
		return jdbc.sql("select * from residence_facts where municipality_id = :m")
				.param("m", m.value()).query((rs, n) -> map(rs)).list();
	}

	void insert(MunicipalityKey m, ResidenceFacts f, String user, Instant at) {
		jdbc.sql("""
				insert into residence_facts (municipality_id, client_id, school_attendance, language_level, language_level_on,
				  livelihood_secured, minor_children, criminal_record, updated_at, updated_by, version)
				values (:m, :client, :school, :level, :levelOn, :livelihood, :children, :record, :at, :by, 0)""")
				.params(params(m, f, user, at)).update();
	}

	boolean update(MunicipalityKey m, ResidenceFacts f, int version, String user, Instant at) {
		return jdbc.sql("""
				update residence_facts set school_attendance = :school, language_level = :level, language_level_on = :levelOn,
				  livelihood_secured = :livelihood, minor_children = :children, criminal_record = :record,
				  updated_at = :at, updated_by = :by, version = version + 1
				where municipality_id = :m and client_id = :client and version = :version""")
				.params(params(m, f, user, at)).param("version", version).update() == 1;
	}

	private static java.util.Map<String, Object> params(MunicipalityKey m, ResidenceFacts f, String user, Instant at) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("m", m.value());
		p.put("client", f.clientId());
		p.put("school", f.schoolAttendance().name());
		p.put("level", f.languageLevel() == null ? null : f.languageLevel().name());
		p.put("levelOn", f.languageLevelOn() == null ? null : Date.valueOf(f.languageLevelOn()));
		p.put("livelihood", f.livelihoodSecured().name());
		p.put("children", f.minorChildren().name());
		p.put("record", f.criminalRecord().name());
		p.put("at", Timestamp.from(at));
		p.put("by", user);
		return p;
	}

	private static ResidenceFacts map(java.sql.ResultSet rs) throws java.sql.SQLException {
		String level = rs.getString("language_level");
		return new ResidenceFacts(rs.getObject("client_id", UUID.class),
				ResidenceFacts.SchoolAttendance.valueOf(rs.getString("school_attendance")),
				level == null ? null : ResidenceFacts.LanguageLevel.valueOf(level),
				rs.getObject("language_level_on", LocalDate.class),
				ResidenceFacts.Answer.valueOf(rs.getString("livelihood_secured")),
				ResidenceFacts.Answer.valueOf(rs.getString("minor_children")),
				ResidenceFacts.CriminalRecord.valueOf(rs.getString("criminal_record")), rs.getInt("version"));
	}
}
