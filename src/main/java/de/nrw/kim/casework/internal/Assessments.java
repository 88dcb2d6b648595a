package de.nrw.kim.casework.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessments (tables {@code case_assessment} and {@code case_assessment_domain}). */
@Repository
public class Assessments {

	private final JdbcClient jdbc;

	Assessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MunicipalityKey m, Assessment a) {
		jdbc.sql("""
				insert into case_assessment (municipality_id, id, case_id, assessed_on, assessed_at, assessed_by)
				values (:m, :id, :case, :on, :at, :by)""")
				.param("m", m.value()).param("id", a.id()).param("case", a.caseId().value()).param("on", a.assessedOn())
				.param("at", Timestamp.from(a.assessedAt())).param("by", a.assessedBy())
				.update();
		for (DomainAssessment d : a.domains()) {
			jdbc.sql("""
					insert into case_assessment_domain (municipality_id, assessment_id, domain, need, note)
					values (:m, :assessment, :domain, :need, :note)""")
					.param("m", m.value()).param("assessment", a.id()).param("domain", d.domain().name())
					.param("need", d.need().name()).param("note", d.note())
					.update();
		}
	}

	/** Every assessment of a case, oldest first. */
	public List<Assessment> ofCase(MunicipalityKey m, CaseId caseId) {
		Map<UUID, Assessment> assessments = new LinkedHashMap<>();
		jdbc.sql("""
				select a.id, a.assessed_on, a.assessed_at, a.assessed_by, d.domain, d.need, d.note
				from case_assessment a
				join case_assessment_domain d on d.municipality_id = a.municipality_id and d.assessment_id = a.id
				where a.municipality_id = :m and a.case_id = :case
				order by a.assessed_at, a.id, d.domain""")
				.param("m", m.value()).param("case", caseId.value())
				.query(rs -> {
					UUID id = rs.getObject("id", UUID.class);
					Assessment a = assessments.computeIfAbsent(id, key -> {
						try {
							return new Assessment(key, caseId, rs.getObject("assessed_on", LocalDate.class),
									rs.getTimestamp("assessed_at").toInstant(), rs.getString("assessed_by"),
									new ArrayList<>());
						} catch (java.sql.SQLException e) {
							throw new IllegalStateException(e);
						}
					});
					a.domains().add(new DomainAssessment(LifeDomain.valueOf(rs.getString("domain")),
							Need.valueOf(rs.getString("need")), rs.getString("note")));
				});
		return assessments.values().stream()
				.map(a -> new Assessment(a.id(), a.caseId(), a.assessedOn(), a.assessedAt(), a.assessedBy(),
						List.copyOf(a.domains())))
				.toList();
	}
}
