package de.nrw.kim.platform.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The second factors that accounts have set up (table {@code app_user_totp}). */
@Repository
class TwoFactorEnrolments {

	private final JdbcClient jdbc;

	TwoFactorEnrolments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Enrolment> find(UUID userId) {
		return jdbc.sql("select secret, last_step from app_user_totp where user_id = :id").param("id", userId)
				.query((rs, row) -> new Enrolment(rs.getString("secret"), rs.getLong("last_step"))).optional();
	}

	void enable(UUID userId, String secret, long step) {
		jdbc.sql("""
				insert into app_user_totp (user_id, secret, last_step) values (:id, :secret, :step)
				on conflict (user_id) do update set secret = excluded.secret, last_step = excluded.last_step, enabled_at = now()""")
				.param("id", userId).param("secret", secret).param("step", step).update();
	}

	boolean disable(UUID userId) {
		return jdbc.sql("delete from app_user_totp where user_id = :id").param("id", userId).update() == 1;
	}

	/** Marks a step as used; false if it (or a later one) was used already, e.g. by a parallel login. */
	boolean use(UUID userId, long step) {
		return jdbc.sql("update app_user_totp set last_step = :step where user_id = :id and last_step < :step")
				.param("step", step).param("id", userId).update() == 1;
	}

	record Enrolment(String secret, long lastStep) {
	}
}
