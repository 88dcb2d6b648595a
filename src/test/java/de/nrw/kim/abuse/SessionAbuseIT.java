package de.nrw.kim.abuse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import de.nrw.kim.platform.security.TestAccounts;
import de.nrw.kim.platform.security.WebUser;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile sessions: a forged form or htmx/API call without the CSRF token, a session id planted
 * before login, and guessing passwords.
 */
@KimIntegrationTest
class SessionAbuseIT {

	private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
	private static final Pattern META_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	Hostile hostile;

	@BeforeEach
	void setUp() {
		hostile = new Hostile(port, dataSource);
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIs403ForASignedInPersonAndChangesNothing() {
		Hostile.Victim victim = hostile.victim();
		WebUser web = new WebUser(port);
		web.login("cm.koeln", ApiClient.DEMO_PASSWORD);
		assertThat(web.isLoggedIn()).isTrue();
		String form = "dueOn=" + Hostile.today().plusDays(7) + "&title=Untergeschoben";
		HttpResponse<String> forged = web.send(HttpRequest.newBuilder(uri("/cases/" + victim.caseId() + "/follow-ups"))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> wrongToken = web.send(HttpRequest.newBuilder(uri("/cases/" + victim.caseId() + "/follow-ups"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=gefaelscht")));
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(hostile.cm().get("/cases/" + victim.caseId() + "/follow-ups").json().size()).isZero();

		HttpResponse<String> genuine = web.postForm("/cases/" + victim.caseId() + "/follow-ups",
				"/cases/" + victim.caseId() + "/follow-ups", Map.of("dueOn", Hostile.today().plusDays(7).toString(), "title", "Echt"));
		assertThat(genuine.statusCode()).as("with the token the same form works").isEqualTo(302);
		assertThat(hostile.cm().get("/cases/" + victim.caseId() + "/follow-ups").json().size()).isEqualTo(1);
	}

	@Test
	void anHtmxOrApiCallWithTheSessionCookieNeedsTheTokenHeader() {
		WebUser web = new WebUser(port);
		web.login("cm.koeln", ApiClient.DEMO_PASSWORD);
		String body = "{\"givenName\":\"Csrf\",\"familyName\":\"Cookie\",\"gender\":\"MALE\"}";
		HttpResponse<String> forged = web.send(HttpRequest.newBuilder(uri("/api/v1/clients"))
				.header("Content-Type", "application/json").header("HX-Request", "true")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(Hostile.texts(hostile.cm().get("/clients?q=Cookie"), "familyName")).doesNotContain("Cookie");

		String page = web.get("/").body();
		Matcher token = META_TOKEN.matcher(page);
		Matcher header = META_HEADER.matcher(page);
		assertThat(token.find()).as("the layout carries the token for htmx (kim.js sends it as header)").isTrue();
		assertThat(header.find()).isTrue();
		HttpResponse<String> genuine = web.send(HttpRequest.newBuilder(uri("/api/v1/clients"))
				.header("Content-Type", "application/json").header("HX-Request", "true").header(header.group(1), token.group(1))
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(genuine.statusCode()).isEqualTo(201);
	}

	@Test
	void everyPostFormInTheTemplatesGetsTheTokenAndHtmxSendsItAsHeader() throws IOException {
		List<String> without = new ArrayList<>();
		Pattern form = Pattern.compile("<form\\b[^>]*>", Pattern.DOTALL);
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher tags = form.matcher(Files.readString(template));
				while (tags.find()) {
					String tag = tags.group();
					boolean post = tag.matches("(?s).*method=\"post\".*") || tag.contains("th:method=\"post\"");
					if (post && !tag.contains("th:action")) {
						without.add(template.getFileName() + ": " + tag.replaceAll("\\s+", " "));
					}
				}
			}
		}
		assertThat(without).as("POST forms without th:action get no CSRF field").isEmpty();
		assertThat(Files.readString(Path.of("src/main/resources/static/js/kim.js")))
				.contains("htmx:configRequest", "_csrf_header");
	}

	@Test
	void aSessionIdPlantedBeforeLoginIsWorthlessAfterwards() {
		WebUser victim = new WebUser(port);
		victim.get("/login");
		String planted = victim.sessionCookie();
		assertThat(planted).as("the login page opens a session").isNotNull();
		victim.login("cm.koeln", ApiClient.DEMO_PASSWORD);
		assertThat(victim.isLoggedIn()).isTrue();
		assertThat(victim.sessionCookie()).isNotEqualTo(planted);
		WebUser attacker = WebUser.withSessionCookie(port, planted);
		assertThat(attacker.isLoggedIn()).isFalse();
		assertThat(attacker.get("/clients").statusCode()).isEqualTo(302);
	}

	@Test
	void guessingPasswordsLocksTheAccountEvenForTheRightPasswordAndLooksLikeAnUnknownName() {
		TestAccounts.Created account = TestAccounts.create(port, "cm.raten", "CASE_MANAGER");
		for (int i = 0; i < 6; i++) {
			assertThat(basic(account.username(), "Passwort" + i).status()).isEqualTo(401);
		}
		ApiClient.Response locked = basic(account.username(), TestAccounts.PASSWORD);
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.raw().body()).isEqualTo(basic("gibt.es.nicht." + account.id().substring(0, 6), "x").raw().body());
		WebUser web = new WebUser(port);
		assertThat(web.login(account.username(), TestAccounts.PASSWORD).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		assertThat(web.isLoggedIn()).isFalse();
	}

	ApiClient.Response basic(String user, String password) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return ApiClient.anonymous(port).send(ApiClient.anonymous(port).request("/me").header("Authorization", "Basic " + credentials));
	}
}
