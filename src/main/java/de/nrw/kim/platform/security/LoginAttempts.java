package de.nrw.kim.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consecutive failed logins per user name, in PostgreSQL so the lock holds across instances. From the
 * {@code threshold}-th failure on, the name is locked; each further failure after a lock has run out
 * doubles it, up to {@code max-lock}. Unknown names are counted the same way, so the answers never tell
 * whether an account exists.
 */
@Repository
class LoginAttempts {

	private final JdbcClient jdbc;
	private final int threshold;
	private final Duration firstLock;
	private final Duration maxLock;

	LoginAttempts(JdbcClient jdbc, @Value("${kim.security.lockout.threshold:5}") int threshold,
			@Value("${kim.security.lockout.first-lock:1m}") Duration firstLock,
			@Value("${kim.security.lockout.max-lock:15m}") Duration maxLock) {
		this.jdbc = jdbc;
		this.threshold = threshold;
		this.firstLock = firstLock;
		this.maxLock = maxLock;
	}

	boolean isLocked(String username) {
		return jdbc.sql("select count(*) from login_attempt where username_hash = :h and locked_until > now()")
				.param("h", hash(username)).query(Long.class).single() > 0;
	}

	void failed(String username) {
		jdbc.sql("""
				insert into login_attempt (username_hash, failures, last_failure_at) values (:h, 1, now())
				on conflict (username_hash) do update set
				    failures = login_attempt.failures + 1,
				    last_failure_at = now(),
				    locked_until = case when login_attempt.failures + 1 >= :threshold
				        then now() + make_interval(secs => least(:max, :first * power(2, login_attempt.failures + 1 - :threshold)))
				        else login_attempt.locked_until end""")
				.param("h", hash(username)).param("threshold", threshold)
				.param("first", (double) firstLock.toSeconds()).param("max", (double) maxLock.toSeconds()).update();
		// names that failed once long ago need not be kept
		jdbc.sql("delete from login_attempt where last_failure_at < now() - interval '1 day' "
				+ "and (locked_until is null or locked_until < now())").update();
	}

	void succeeded(String username) {
		jdbc.sql("delete from login_attempt where username_hash = :h").param("h", hash(username)).update();
	}

	static String hash(String username) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(username.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
