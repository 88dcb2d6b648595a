package de.nrw.kim.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documented contacts (table {@code case_contact}). */
@Repository
public class Contacts {

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MunicipalityKey m, Contact c) {
		ContactDetails d = c.details();
		jdbc.sql("""
				insert into case_contact (municipality_id, id, case_id, contact_on, mode, minutes, interpreter, note,
				    recorded_at, recorded_by)
				values (:m, :id, :case, :on, :mode, :minutes, :interpreter, :note, :at, :by)""")
				.param("m", m.value()).param("id", c.id()).param("case", c.caseId().value()).param("on", d.on())
				.param("mode", d.mode().name()).param("minutes", d.minutes()).param("interpreter", d.interpreter())
				.param("note", d.note()).param("at", Timestamp.from(c.recordedAt())).param("by", c.recordedBy())
				.update();
	}

	/** Newest contact first. */
	public PageResult<Contact> ofCase(MunicipalityKey m, CaseId caseId, Paging paging) {
		long total = jdbc.sql("select count(*) from case_contact where municipality_id = :m and case_id = :case")
				.param("m", m.value()).param("case", caseId.value()).query(Long.class).single();
		List<Contact> items = jdbc.sql("""
				select * from case_contact where municipality_id = :m and case_id = :case
				order by contact_on desc, recorded_at desc, id limit :limit offset :offset""")
				.param("m", m.value()).param("case", caseId.value())
				.param("limit", paging.size()).param("offset", paging.offset())
				.query(Contacts::map).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	static Contact map(ResultSet rs, int row) throws SQLException {
		ContactDetails details = new ContactDetails(rs.getObject("contact_on", LocalDate.class),
				ContactMode.valueOf(rs.getString("mode")), rs.getInt("minutes"), rs.getBoolean("interpreter"),
				rs.getString("note"));
		return new Contact(rs.getObject("id", UUID.class), CaseId.of(rs.getObject("case_id", UUID.class)), details,
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
	}
}
