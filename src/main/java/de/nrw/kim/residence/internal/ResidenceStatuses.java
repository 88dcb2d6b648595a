package de.nrw.kim.residence.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Residence statuses and their revisions (tables {@code residence_status}, {@code residence_status_revision}). */
@Repository
public class ResidenceStatuses {

	private final JdbcClient jdbc;

	ResidenceStatuses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityKey m, UUID id, UUID clientId, StatusDraft d, String user, Instant at) {
		jdbc.sql("""
				insert into residence_status (municipality_id, id, client_id, type, valid_from, valid_until, issuing_office,
				  conditions, may_overlap, created_at, created_by, updated_at, updated_by, version)
				values (:m, :id, :client, :type, :from, :until, :office, :conditions, :overlap, :at, :by, :at, :by, 0)""")
				.param("m", m.value()).param("id", id).param("client", clientId).param("type", d.type().name())
				.param("from", Date.valueOf(d.validFrom())).param("until", d.validUntil() == null ? null : Date.valueOf(d.validUntil()))
				.param("office", d.issuingOffice()).param("conditions", d.conditions()).param("overlap", d.mayOverlap())
				.param("at", Timestamp.from(at)).param("by", user)
				.update();
		revision(m, id, "CREATE");
	}

	/** @return false when the version is no longer current */
	boolean update(MunicipalityKey m, UUID id, int version, StatusDraft d, String user, Instant at) {
		int rows = jdbc.sql("""
				update residence_status set type = :type, valid_from = :from, valid_until = :until, issuing_office = :office,
				  conditions = :conditions, may_overlap = :overlap, updated_at = :at, updated_by = :by, version = version + 1
				where municipality_id = :m and id = :id and version = :version and not deleted""")
				.param("m", m.value()).param("id", id).param("version", version).param("type", d.type().name())
				.param("from", Date.valueOf(d.validFrom())).param("until", d.validUntil() == null ? null : Date.valueOf(d.validUntil()))
				.param("office", d.issuingOffice()).param("conditions", d.conditions()).param("overlap", d.mayOverlap())
				.param("at", Timestamp.from(at)).param("by", user)
				.update();
		if (rows == 1) {
			revision(m, id, "UPDATE");
		}
		return rows == 1;
	}

	boolean markDeleted(MunicipalityKey m, UUID id, int version, String user, Instant at) {
		int rows = jdbc.sql("""
				update residence_status set deleted = true, updated_at = :at, updated_by = :by, version = version + 1
				where municipality_id = :m and id = :id and version = :version and not deleted""")
				.param("m", m.value()).param("id", id).param("version", version)
				.param("at", Timestamp.from(at)).param("by", user)
				.update();
		if (rows == 1) {
			revision(m, id, "DELETE");
		}
		return rows == 1;
	}

	private void revision(MunicipalityKey m, UUID id, String change) {
		jdbc.sql("""
				insert into residence_status_revision (municipality_id, status_id, revision, change, type, valid_from,
				  valid_until, issuing_office, conditions, may_overlap, changed_at, changed_by)
				select municipality_id, id, version, :change, type, valid_from, valid_until, issuing_office, conditions,
				  may_overlap, updated_at, updated_by
				from residence_status where municipality_id = :m and id = :id""")
				.param("m", m.value()).param("id", id).param("change", change)
				.update();
	}

	public Optional<ResidenceStatus> find(MunicipalityKey m, UUID id) {
		return jdbc.sql("select * from residence_status where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).query(ResidenceStatuses::map).optional();
	}

	/** The client's statuses that count (not deleted), oldest first. */
	public List<ResidenceStatus> ofClient(MunicipalityKey m, UUID clientId) {
		return jdbc.sql("""
				select * from residence_status where municipality_id = :m and client_id = :client and not deleted
				order by valid_from, created_at""")
				.param("m", m.value()).param("client", clientId).query(ResidenceStatuses::map).list();
	}

	/** Every state any status of the client was in, newest first (the history nothing is lost from). */
	public List<Revision> revisionsOf(MunicipalityKey m, UUID clientId) {
		return jdbc.sql("""
				select r.* from residence_status_revision r
				join residence_status s on s.municipality_id = r.municipality_id and s.id = r.status_id
				where r.municipality_id = :m and s.client_id = :client
				order by r.changed_at desc, r.revision desc""")
				.param("m", m.value()).param("client", clientId)
				.query((rs, n) -> new Revision(rs.getObject("status_id", UUID.class), rs.getInt("revision"),
						rs.getString("change"), ResidenceType.valueOf(rs.getString("type")),
						rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
						rs.getString("issuing_office"), rs.getString("conditions"), rs.getBoolean("may_overlap"),
						rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
				.list();
	}

	/** All statuses that count in the municipality, for aggregates and the reminder job. */
	public List<ResidenceStatus> all(MunicipalityKey m) {
		return jdbc.sql("select * from residence_status where municipality_id = :m and not deleted order by client_id, valid_from")
				.param("m", m.value()).query(ResidenceStatuses::map).list();
	}

	/**
	 * Statuses expiring up to {@code until} (overdue included) that are each client's latest: an expired
	 * status followed by a newer one is no deadline any more.
	 */
	public List<ResidenceStatus> expiringLatest(MunicipalityKey m, LocalDate until) {
		return jdbc.sql("""
				select s.* from residence_status s
				where s.municipality_id = :m and not s.deleted and s.valid_until is not null and s.valid_until <= :until
				  and not exists (select 1 from residence_status n where n.municipality_id = s.municipality_id
				      and n.client_id = s.client_id and not n.deleted and n.id <> s.id
				      and (n.valid_until is null or n.valid_until > s.valid_until))
				order by s.valid_until, s.client_id""")
				.param("m", m.value()).param("until", Date.valueOf(until)).query(ResidenceStatuses::map).list();
	}

	static ResidenceStatus map(ResultSet rs, int row) throws SQLException {
		return new ResidenceStatus(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				ResidenceType.valueOf(rs.getString("type")), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), rs.getString("issuing_office"), rs.getString("conditions"),
				rs.getBoolean("may_overlap"), rs.getBoolean("deleted"), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("created_by"), rs.getString("updated_by"), rs.getInt("version"));
	}

	/** One state of a status in its history. */
	public record Revision(UUID statusId, int revision, String change, ResidenceType type, LocalDate validFrom,
			LocalDate validUntil, String issuingOffice, String conditions, boolean mayOverlap, Instant changedAt,
			String changedBy) {
	}
}
