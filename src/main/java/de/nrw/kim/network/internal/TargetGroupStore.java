package de.nrw.kim.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code network_target_group}. */
@Repository
class TargetGroupStore {

	private final JdbcClient jdbc;

	TargetGroupStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityKey m, UUID id, TargetGroupDraft.Valid g, String by) {
		jdbc.sql("""
				insert into network_target_group (municipality_id, id, name, description, arrived_within_years, min_age, max_age,
				    valid_from, valid_until, source, updated_by)
				values (:m, :id, :name, :description, :years, :min, :max, :from, :until, :source, :by)""")
				.params(params(m, id, g, by)).update();
	}

	/** @return false when the version is no longer the current one */
	boolean update(MunicipalityKey m, UUID id, int version, TargetGroupDraft.Valid g, String by) {
		return jdbc.sql("""
				update network_target_group set name = :name, description = :description, arrived_within_years = :years,
				    min_age = :min, max_age = :max, valid_from = :from, valid_until = :until, source = :source,
				    updated_by = :by, updated_at = now(), version = version + 1
				where municipality_id = :m and id = :id and version = :version""")
				.params(params(m, id, g, by)).param("version", version).update() == 1;
	}

	boolean delete(MunicipalityKey m, UUID id) {
		return jdbc.sql("delete from network_target_group where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).update() == 1;
	}

	Optional<TargetGroup> find(MunicipalityKey m, UUID id) {
		return jdbc.sql("select * from network_target_group where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).query(TargetGroupStore::group).optional();
	}

	List<TargetGroup> all(MunicipalityKey m) {
		return jdbc.sql("select * from network_target_group where municipality_id = :m order by valid_from desc, name, id")
				.param("m", m.value()).query(TargetGroupStore::group).list();
	}

	private static java.util.Map<String, Object> params(MunicipalityKey m, UUID id, TargetGroupDraft.Valid g, String by) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("m", m.value());
		p.put("id", id);
		p.put("name", g.name());
		p.put("description", g.description());
		p.put("years", g.arrivedWithinYears());
		p.put("min", g.minAge());
		p.put("max", g.maxAge());
		p.put("from", g.validFrom());
		p.put("until", g.validUntil());
		p.put("source", g.source());
		p.put("by", by);
		return p;
	}

	private static TargetGroup group(ResultSet rs, int row) throws SQLException {
		return new TargetGroup(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getObject("arrived_within_years", Integer.class), rs.getObject("min_age", Integer.class),
				rs.getObject("max_age", Integer.class), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), rs.getString("source"), rs.getInt("version"));
	}
}
