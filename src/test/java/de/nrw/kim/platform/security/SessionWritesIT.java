package de.nrw.kim.platform.security;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session is written back only when it changed or when its last access lies more than a minute back
 * (ADR 0812): requests in between leave the row alone, and the idle timeout still moves on.
 */
@KimIntegrationTest
class SessionWritesIT {

	private static final long MINUTE = 60_000L;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void requestsWithinAMinuteLeaveTheSessionRowAlone() throws Exception {
		WebUser user = loggedIn();
		long afterLogin = lastAccess(user);
		Thread.sleep(20);
		for (int i = 0; i < 3; i++) {
			assertThat(user.get("/cases").statusCode()).isEqualTo(200);
		}
		assertThat(user.isLoggedIn()).isTrue();
		assertThat(lastAccess(user)).isEqualTo(afterLogin);
	}

	@Test
	void aRequestAfterMoreThanAMinuteMovesLastAccessAndExpiry() {
		WebUser user = loggedIn();
		jdbc.sql("""
				update spring_session set last_access_time = (extract(epoch from now()) * 1000)::bigint - :ms,
				       expiry_time = (extract(epoch from now()) * 1000)::bigint - :ms + max_inactive_interval * 1000::bigint
				where session_id = :id""").param("ms", 2 * MINUTE).param("id", user.sessionId()).update();
		long before = System.currentTimeMillis();

		assertThat(user.get("/cases").statusCode()).isEqualTo(200);

		assertThat(lastAccess(user)).isGreaterThanOrEqualTo(before - 1_000);
		long expiry = jdbc.sql("select expiry_time - last_access_time from spring_session where session_id = :id")
				.param("id", user.sessionId()).query(Long.class).single();
		assertThat(expiry).isEqualTo(30 * MINUTE);
	}

	private WebUser loggedIn() {
		WebUser user = new WebUser(port);
		user.login("cm.koeln", ApiClient.DEMO_PASSWORD);
		assertThat(user.isLoggedIn()).isTrue();
		return user;
	}

	private long lastAccess(WebUser user) {
		return jdbc.sql("select last_access_time from spring_session where session_id = :id")
				.param("id", user.sessionId()).query(Long.class).single();
	}
}
