package de.nrw.kim.platform.security;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Lockout after repeated failures, no user enumeration, password rules on every change. */
@KimIntegrationTest
class LoginProtectionIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient.Response basic(String username, String password) {
		String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
		return ApiClient.anonymous(port).send(ApiClient.anonymous(port).request("/me")
				.header("Authorization", "Basic " + credentials));
	}

	@Test
	void fiveFailuresLockTheNameSoEvenTheRightPasswordFailsUntilTheLockRunsOut() {
		TestAccounts.Created account = TestAccounts.create(port, "cm.sperre", "CASE_MANAGER");
		for (int i = 0; i < 4; i++) {
			assertThat(basic(account.username(), "falsch-" + i).status()).isEqualTo(401);
		}
		assertThat(basic(account.username(), TestAccounts.PASSWORD).status()).as("vier Fehlversuche sperren nicht").isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			assertThat(basic(account.username(), "falsch-" + i).status()).isEqualTo(401);
		}
		ApiClient.Response locked = basic(account.username(), TestAccounts.PASSWORD);
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.raw().body()).isEqualTo(basic(account.username(), "falsch").raw().body());
		WebUser browser = new WebUser(port);
		assertThat(browser.login(account.username(), TestAccounts.PASSWORD).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");

		jdbc.sql("update login_attempt set locked_until = now() - interval '1 second' where username_hash = :h")
				.param("h", LoginAttempts.hash(account.username())).update();
		assertThat(basic(account.username(), TestAccounts.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void theLockGrowsWithEveryFailureAfterItRanOut() {
		String name = "niemand." + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			basic(name, "falsch");
		}
		long first = lockSeconds(name);
		jdbc.sql("update login_attempt set locked_until = now() - interval '1 second' where username_hash = :h")
				.param("h", LoginAttempts.hash(name)).update();
		basic(name, "falsch");
		assertThat(first).isBetween(50L, 60L);
		assertThat(lockSeconds(name)).isBetween(110L, 120L);
	}

	@Test
	void unknownNamesGetTheSameAnswerAsWrongPasswords() {
		ApiClient.Response unknown = basic("gibt.es.nicht." + UUID.randomUUID().toString().substring(0, 6), "falsch-falsch");
		ApiClient.Response wrong = basic("cm2.koeln", "falsch-falsch");
		assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
		assertThat(unknown.raw().body()).isEqualTo(wrong.raw().body());
		assertThat(new WebUser(port).login("gibt.es.nicht", "x").headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		// the name itself is not stored, only its hash
		assertThat(jdbc.sql("select count(*) from login_attempt where username_hash like '%gibt%'").query(Long.class).single())
				.isZero();
	}

	@Test
	void unknownNamesCostAboutAsMuchTimeAsKnownOnes() {
		TestAccounts.Created account = TestAccounts.create(port, "cm.zeit", "CASE_MANAGER");
		basic(account.username(), "aufwaermen");
		basic("aufwaermen.unbekannt", "aufwaermen");
		List<Long> known = new ArrayList<>();
		List<Long> unknown = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			known.add(timed(account.username()));
			unknown.add(timed("unbekannt." + UUID.randomUUID().toString().substring(0, 8)));
		}
		long knownMedian = known.stream().sorted().toList().get(1);
		long unknownMedian = unknown.stream().sorted().toList().get(1);
		assertThat(unknownMedian).as("bekannt %s ms, unbekannt %s ms", knownMedian, unknownMedian)
				.isGreaterThan(knownMedian / 3);
	}

	@Test
	void passwordRulesHoldWhenAnAdministratorSetsOne() {
		Map<String, Object> user = new java.util.HashMap<>(Map.of("username", "cm.regel." + UUID.randomUUID().toString().substring(0, 6),
				"displayName", "Regel", "role", "CASE_MANAGER", "organisationId", TestAccounts.organisation(port),
				"password", "Passwort1234"));
		ApiClient.Response refused = TestAccounts.admin(port).post("/users", user);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
		assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("zu bekannt");
	}

	@Test
	void usersChangeTheirOwnPasswordUnderTheSameRulesAndAllTheirSessionsEnd() {
		TestAccounts.Created account = TestAccounts.create(port, "cm.selbst", "CASE_MANAGER");
		WebUser session = new WebUser(port);
		session.login(account.username(), TestAccounts.PASSWORD);
		assertThat(session.isLoggedIn()).isTrue();
		ApiClient.Response weak = changeOwn(account.username(), Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "kurz"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().path("errors").get(0).path("field").asString()).isEqualTo("newPassword");
		ApiClient.Response wrongCurrent = changeOwn(account.username(), Map.of("currentPassword", "falsch", "newPassword",
				"Neues-Fenster-Blau-88"));
		assertThat(wrongCurrent.status()).isEqualTo(400);
		assertThat(wrongCurrent.json().path("errors").get(0).path("field").asString()).isEqualTo("currentPassword");
		assertThat(session.isLoggedIn()).as("abgelehnte Änderungen beenden nichts").isTrue();

		assertThat(changeOwn(account.username(), Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword",
				"Neues-Fenster-Blau-88")).status()).isEqualTo(204);
		assertThat(session.isLoggedIn()).isFalse();
		assertThat(basic(account.username(), "Neues-Fenster-Blau-88").status()).isEqualTo(200);
		assertThat(basic(account.username(), TestAccounts.PASSWORD).status()).isEqualTo(401);
	}

	@Test
	void thePasswordFormOnTheAccountPageShowsTheRuleAtTheField() {
		TestAccounts.Created account = TestAccounts.create(port, "cm.seite", "CASE_MANAGER");
		WebUser user = new WebUser(port);
		user.login(account.username(), TestAccounts.PASSWORD);
		var answer = user.postForm("/account", "/account/password", Map.of("currentPassword", TestAccounts.PASSWORD,
				"newPassword", "passwort2026", "repeatPassword", "passwort2026"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"newPassword-error\"").contains("zu bekannt");
		var changed = user.postForm("/account", "/account/password", Map.of("currentPassword", TestAccounts.PASSWORD,
				"newPassword", "Sonnenblume-Tisch-19", "repeatPassword", "Sonnenblume-Tisch-19"));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/login?passwordChanged");
		assertThat(user.isLoggedIn()).isFalse();
	}

	private ApiClient.Response changeOwn(String username, Map<String, String> body) {
		String credentials = Base64.getEncoder().encodeToString((username + ":" + TestAccounts.PASSWORD).getBytes());
		String json = new tools.jackson.databind.json.JsonMapper().writeValueAsString(body);
		return ApiClient.anonymous(port).send(ApiClient.anonymous(port).request("/api/v1/me/password")
				.header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
	}

	private long timed(String username) {
		long start = System.nanoTime();
		basic(username, "falsch-" + UUID.randomUUID());
		return (System.nanoTime() - start) / 1_000_000;
	}

	private long lockSeconds(String name) {
		return jdbc.sql("select extract(epoch from locked_until - now())::bigint from login_attempt where username_hash = :h")
				.param("h", LoginAttempts.hash(name)).query(Long.class).single();
	}
}
