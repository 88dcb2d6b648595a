package de.nrw.kim.platform.hardening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import de.nrw.kim.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored answers to requests with an {@code Idempotency-Key}, per person and municipality
 * (table {@code idempotency_key}, Row-Level Security on the municipality).
 */
@Repository
class IdempotencyKeys {

	private final JdbcClient jdbc;
	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Reserves the key for this request; empty if it was free (go ahead), otherwise what was stored
	 * under it before (possibly still without an answer).
	 */
	@Transactional
	Optional<Stored> reserve(CurrentUser user, String key, String requestHash, Duration expiry) {
		String municipality = user.requireMunicipality().value();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("delete from idempotency_key where municipality_id = :m and username = :u and expires_at < :now")
				.param("m", municipality).param("u", user.username()).param("now", now).update();
		int inserted = jdbc.sql("""
				insert into idempotency_key (municipality_id, username, key, request_hash, created_at, expires_at)
				values (:m, :u, :k, :h, :now, :expires) on conflict do nothing""")
				.param("m", municipality).param("u", user.username()).param("k", key).param("h", requestHash)
				.param("now", now).param("expires", Timestamp.from(clock.instant().plus(expiry))).update();
		if (inserted == 1) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select request_hash, status, content_type, location, body from idempotency_key
				where municipality_id = :m and username = :u and key = :k""")
				.param("m", municipality).param("u", user.username()).param("k", key)
				.query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
						rs.getString(4), rs.getBytes(5)))
				.optional();
	}

	@Transactional
	void complete(CurrentUser user, String key, int status, String contentType, String location, byte[] body) {
		jdbc.sql("""
				update idempotency_key set status = :s, content_type = :ct, location = :l, body = :b
				where municipality_id = :m and username = :u and key = :k""")
				.param("s", status).param("ct", contentType).param("l", location).param("b", body)
				.param("m", user.requireMunicipality().value()).param("u", user.username()).param("k", key).update();
	}

	/** Frees the key again, e.g. after a failure of ours, so the same request can be retried. */
	@Transactional
	void release(CurrentUser user, String key) {
		jdbc.sql("delete from idempotency_key where municipality_id = :m and username = :u and key = :k")
				.param("m", user.requireMunicipality().value()).param("u", user.username()).param("k", key).update();
	}

	/** A key used before: the hash of its request and, once finished, the answer. */
	record Stored(String requestHash, Integer status, String contentType, String location, byte[] body) {

		boolean finished() {
			return status != null;
		}
	}
}
