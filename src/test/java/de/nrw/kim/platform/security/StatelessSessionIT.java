package de.nrw.kim.platform.security;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several application nodes behind a load balancer need no sticky sessions (docs/betrieb/skalierung.md):
 * a login lives only in PostgreSQL, so any client (any node) holding the cookie is served, and without
 * the row nobody is.
 */
@KimIntegrationTest
class StatelessSessionIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginLivesInPostgresqlAndNowhereElse() {
		WebUser browser = new WebUser(port);
		browser.login("cm.koeln", ApiClient.DEMO_PASSWORD);
		assertThat(browser.isLoggedIn()).isTrue();
		assertThat(jdbc.sql("select principal_name from spring_session where session_id = :id")
				.param("id", browser.sessionId()).query(String.class).optional()).contains("cm.koeln");

		WebUser elsewhere = WebUser.withSessionCookie(port, browser.sessionCookie());
		assertThat(elsewhere.isLoggedIn()).as("nur mit dem Cookie, wie auf einem anderen Knoten").isTrue();

		jdbc.sql("delete from spring_session where session_id = :id").param("id", browser.sessionId()).update();
		assertThat(browser.isLoggedIn()).as("ohne die Zeile in PostgreSQL").isFalse();
		assertThat(elsewhere.isLoggedIn()).isFalse();
	}
}
