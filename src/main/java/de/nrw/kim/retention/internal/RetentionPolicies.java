package de.nrw.kim.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code retention_policy}: at most one row per municipality. */
@Repository
class RetentionPolicies {

	private final JdbcClient jdbc;

	RetentionPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RetentionPolicy> find(MunicipalityKey municipality) {
		return jdbc.sql("select * from retention_policy where municipality_id = :m")
				.param("m", municipality.value())
				.query((rs, n) -> new RetentionPolicy(rs.getInt("retention_years"), rs.getString("legal_basis"),
						rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getInt("version"), false))
				.optional();
	}

	boolean insert(MunicipalityKey municipality, int years, String legalBasis, String by, Instant at) {
		return jdbc.sql("""
				insert into retention_policy (municipality_id, retention_years, legal_basis, changed_at, changed_by, version)
				values (:m, :years, :basis, :at, :by, 1)
				on conflict (municipality_id) do nothing""")
				.param("m", municipality.value()).param("years", years).param("basis", legalBasis)
				.param("at", Timestamp.from(at)).param("by", by).update() == 1;
	}

	boolean update(MunicipalityKey municipality, int version, int years, String legalBasis, String by, Instant at) {
		return jdbc.sql("""
				update retention_policy set retention_years = :years, legal_basis = :basis, changed_at = :at,
				    changed_by = :by, version = version + 1
				where municipality_id = :m and version = :version""")
				.param("m", municipality.value()).param("years", years).param("basis", legalBasis)
				.param("at", Timestamp.from(at)).param("by", by).param("version", version).update() == 1;
	}
}
