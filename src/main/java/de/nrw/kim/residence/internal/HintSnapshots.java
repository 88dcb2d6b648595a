package de.nrw.kim.residence.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest hint per client and route with its rules version (table {@code perspective_hint}). */
@Repository
class HintSnapshots {

	private final JdbcClient jdbc;

	HintSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the client's snapshot by today's hints (evaluations for another day are not kept). */
	void replace(MunicipalityKey m, UUID clientId, List<Hint> hints, Instant at) {
		jdbc.sql("delete from perspective_hint where municipality_id = :m and client_id = :client")
				.param("m", m.value()).param("client", clientId).update();
		for (Hint h : hints) {
			jdbc.sql("""
					insert into perspective_hint (municipality_id, client_id, route, status, rules_version, evaluated_on, evaluated_at)
					values (:m, :client, :route, :status, :version, :on, :at)""")
					.param("m", m.value()).param("client", clientId).param("route", h.route()).param("status", h.status().name())
					.param("version", h.rulesVersion()).param("on", Date.valueOf(h.evaluatedOn())).param("at", Timestamp.from(at))
					.update();
		}
	}

	/** route → status → number of clients, from the latest snapshots. */
	List<Count> counts(MunicipalityKey m) {
		return jdbc.sql("""
				select route, status, count(*) as n from perspective_hint where municipality_id = :m
				group by route, status order by route, status""")
				.param("m", m.value())
				.query((rs, n) -> new Count(rs.getString("route"), rs.getString("status"), rs.getLong("n"))).list();
	}

	record Count(String route, String status, long clients) {
	}

}
