package de.nrw.kim.residence.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.residence.ResidenceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which benefit office a status belongs to, the handover checklists and the detected changes (V54). */
@Repository
public class LegalDomains {

	private final JdbcClient jdbc;

	LegalDomains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> domainOf(ResidenceType type, LocalDate on) {
		return jdbc.sql("""
				select legal_domain from benefit_responsibility where residence_type = :type and valid_from <= :on
				  and (valid_to is null or valid_to >= :on) order by valid_from desc limit 1""")
				.param("type", type.name()).param("on", Date.valueOf(on)).query(String.class).optional();
	}

	List<String> checklist(String from, String to) {
		return jdbc.sql("select item from legal_domain_checklist where from_domain = :from and to_domain = :to order by position")
				.param("from", from).param("to", to).query(String.class).list();
	}

	void insert(MunicipalityKey m, Change c, String user, Instant at) {
		jdbc.sql("""
				insert into legal_domain_change (municipality_id, id, client_id, status_id, from_domain, to_domain, changes_on,
				  follow_ups, created_at, created_by)
				values (:m, :id, :client, :status, :from, :to, :on, :followUps, :at, :by)""")
				.param("m", m.value()).param("id", c.id()).param("client", c.clientId()).param("status", c.statusId())
				.param("from", c.fromDomain()).param("to", c.toDomain()).param("on", Date.valueOf(c.changesOn()))
				.param("followUps", c.followUps()).param("at", Timestamp.from(at)).param("by", user)
				.update();
	}

	public List<Change> ofClient(MunicipalityKey m, UUID clientId) {
		return jdbc.sql("""
				select * from legal_domain_change where municipality_id = :m and client_id = :client
				order by changes_on desc, created_at desc""")
				.param("m", m.value()).param("client", clientId)
				.query((rs, n) -> new Change(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
						rs.getObject("status_id", UUID.class), rs.getString("from_domain"), rs.getString("to_domain"),
						rs.getObject("changes_on", LocalDate.class), rs.getInt("follow_ups"), List.of()))
				.list().stream().map(c -> c.withChecklist(checklist(c.fromDomain(), c.toDomain()))).toList();
	}

	/** A change of the responsible benefit office and the steps of its handover. */
	public record Change(UUID id, UUID clientId, UUID statusId, String fromDomain, String toDomain, LocalDate changesOn,
			int followUps, List<String> checklist) {

		Change withChecklist(List<String> items) {
			return new Change(id, clientId, statusId, fromDomain, toDomain, changesOn, followUps, items);
		}
	}
}
