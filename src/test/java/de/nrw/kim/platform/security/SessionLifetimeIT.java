package de.nrw.kim.platform.security;

import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions end after 30 idle minutes and after 10 hours however active they are; a login gets a new
 * session id; a change of password or roles ends every session of that user at once.
 */
@KimIntegrationTest
class SessionLifetimeIT {

	private static final long MINUTE = 60_000L;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private WebUser loggedIn(String username, String password) {
		WebUser user = new WebUser(port);
		assertThat(user.login(username, password).headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
		assertThat(user.isLoggedIn()).isTrue();
		return user;
	}

	@Test
	void aSessionEndsAfterThirtyIdleMinutes() {
		WebUser user = loggedIn("cm.koeln", ApiClient.DEMO_PASSWORD);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
				.param("id", user.sessionId()).query(Integer.class).single()).isEqualTo(30 * 60);

		backdate(user, "last_access_time", 29);
		assertThat(user.isLoggedIn()).as("nach 29 Minuten Pause").isTrue();

		backdate(user, "last_access_time", 31);
		jdbc.sql("update spring_session set expiry_time = last_access_time + max_inactive_interval * 1000::bigint "
				+ "where session_id = :id").param("id", user.sessionId()).update();
		assertThat(user.isLoggedIn()).as("nach 31 Minuten Pause").isFalse();
	}

	@Test
	void aSessionEndsAfterTenHoursHoweverActiveItWas() {
		WebUser user = loggedIn("cm.koeln", ApiClient.DEMO_PASSWORD);
		backdate(user, "creation_time", 9 * 60 + 59);
		assertThat(user.isLoggedIn()).as("nach 9 Stunden 59 Minuten").isTrue();

		backdate(user, "creation_time", 10 * 60 + 1);
		var start = user.get("/");
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(user.isLoggedIn()).isFalse();
	}

	@Test
	void loggingInGivesANewSessionIdAndTheOldOneIsWorthless() {
		WebUser user = new WebUser(port);
		user.get("/login");
		String before = user.sessionCookie();
		assertThat(before).as("die Anmeldeseite legt eine Sitzung (CSRF) an").isNotNull();

		user.login("cm.koeln", ApiClient.DEMO_PASSWORD);
		assertThat(user.isLoggedIn()).isTrue();
		assertThat(user.sessionCookie()).isNotEqualTo(before);
		assertThat(WebUser.withSessionCookie(port, before).isLoggedIn()).as("die alte Sitzungskennung").isFalse();
	}

	@Test
	void aNewPasswordEndsEverySessionOfThatUserOnly() {
		TestAccounts.Created account = TestAccounts.create(port, "cm.sitzung", "CASE_MANAGER");
		WebUser first = loggedIn(account.username(), TestAccounts.PASSWORD);
		WebUser second = loggedIn(account.username(), TestAccounts.PASSWORD);
		WebUser bystander = loggedIn("cm2.koeln", ApiClient.DEMO_PASSWORD);

		assertThat(TestAccounts.admin(port).post("/users/" + account.id() + "/password",
				Map.of("password", "Ganz-neues-Passwort-77")).status()).isEqualTo(204);

		assertThat(first.isLoggedIn()).isFalse();
		assertThat(second.isLoggedIn()).isFalse();
		assertThat(bystander.isLoggedIn()).isTrue();
		assertThat(loggedIn(account.username(), "Ganz-neues-Passwort-77").isLoggedIn()).isTrue();
	}

	@Test
	void aRoleChangeEndsTheSessionSoTheNewRoleApplies() {
		TestAccounts.Created account = TestAccounts.create(port, "cm.rolle", "CASE_MANAGER");
		WebUser user = loggedIn(account.username(), TestAccounts.PASSWORD);
		ApiClient.Response changed = TestAccounts.admin(port).patch("/users/" + account.id(), Map.of("displayName",
				"Test", "role", "COORDINATOR", "organisationId", TestAccounts.organisation(port), "version", 0));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(user.isLoggedIn()).isFalse();
	}

	@Test
	void aChangeOfTheDisplayNameAloneKeepsTheSession() {
		TestAccounts.Created account = TestAccounts.create(port, "cm.name", "CASE_MANAGER");
		WebUser user = loggedIn(account.username(), TestAccounts.PASSWORD);
		assertThat(TestAccounts.admin(port).patch("/users/" + account.id(), Map.of("displayName", "Anderer Name",
				"role", "CASE_MANAGER", "organisationId", TestAccounts.organisation(port), "version", 0)).status())
				.isEqualTo(200);
		assertThat(user.isLoggedIn()).isTrue();
	}

	private void backdate(WebUser user, String column, long minutes) {
		jdbc.sql("update spring_session set " + column + " = (extract(epoch from now()) * 1000)::bigint - :ms "
				+ "where session_id = :id").param("ms", minutes * MINUTE).param("id", user.sessionId()).update();
	}
}
