package de.nrw.kim.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login through an identity provider (here a small provider inside the test): browser login with
 * the authorization code flow, API calls with bearer tokens checked for issuer, audience, expiry and
 * signature; roles and municipality from the token's claims, nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "kim.ephemeral=true",
		"kim.data-dir=target/test-db-oidc", "kim.demo.case-files=false",
		"kim.security.oidc.client-id=" + TestOidcProvider.CLIENT_ID, "kim.security.oidc.client-secret=geheim",
		"kim.security.oidc.audience=" + TestOidcProvider.API_AUDIENCE,
		"kim.security.oidc.roles-claim=realm_access.roles", "kim.security.oidc.municipality-claim=kreis",
		"kim.security.oidc.role-mapping.kim-fallmanagement=CASE_MANAGER",
		"kim.security.oidc.role-mapping.kim-verwaltung=MUNICIPAL_ADMIN" })
class OidcLoginIT {

	static final TestOidcProvider PROVIDER = new TestOidcProvider();

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("kim.security.oidc.issuer-uri", PROVIDER::issuer);
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.close();
	}

	@LocalServerPort
	int port;

	static Map<String, Object> claims(String username, String role, String municipality) {
		return Map.of("preferred_username", username, "name", "Test " + username, "kreis", municipality,
				"realm_access", Map.of("roles", List.of("offline_access", role)));
	}

	ApiClient.Response withToken(String path, String token) {
		return ApiClient.anonymous(port).send(ApiClient.anonymous(port).request(path).header("Authorization", "Bearer " + token));
	}

	@Test
	void aValidTokenGetsInWithTheMappedRoleAndMunicipality() {
		ApiClient.Response me = withToken("/me", PROVIDER.accessToken(claims("Fall.Managerin", "kim-fallmanagement", "05315")));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text("username")).isEqualTo("fall.managerin");
		assertThat(me.json().path("roles").get(0).asString()).isEqualTo("CASE_MANAGER");
		assertThat(me.json().path("municipality").path("key").asString()).isEqualTo("05315");
		assertThat(me.header("Set-Cookie")).as("kein Sitzungscookie für Token").isNull();
	}

	@Test
	void wrongIssuerAudienceExpiryOrSignatureAre401() {
		Map<String, Object> ok = claims("cm.token", "kim-fallmanagement", "05315");
		Map<String, String> bad = Map.of(
				"fremder Aussteller", PROVIDER.accessToken(with(ok, "iss", "http://localhost:1/realms/fremd")),
				"fremde Zielgruppe", PROVIDER.accessToken(with(ok, "aud", List.of("anderer-dienst"))),
				"abgelaufen", PROVIDER.accessToken(with(ok, "exp", Instant.now().minusSeconds(300).getEpochSecond())),
				"falsche Signatur", PROVIDER.forgedToken(ok),
				"kein JWT", "abc.def.ghi");
		bad.forEach((why, token) -> {
			ApiClient.Response response = withToken("/me", token);
			assertThat(response.status()).as(why).isEqualTo(401);
			assertThat(response.contentType()).as(why).startsWith("application/problem+json");
			assertThat(response.header("WWW-Authenticate")).as(why).startsWith("Bearer");
		});
		assertThat(withToken("/me", PROVIDER.accessToken(ok)).status()).isEqualTo(200);
	}

	@Test
	void unknownRolesOrMunicipalitiesGiveNoAccessAtAll() {
		for (Map<String, Object> claims : List.of(claims("x.unbekannt", "kim-hausmeister", "05315"),
				claims("x.kreis", "kim-fallmanagement", "99999"),
				with(claims("x.gemischt", "kim-fallmanagement", "05315"), "realm_access",
						Map.of("roles", List.of("CASE_MANAGER", "MINISTRY_ANALYST"))))) {
			ApiClient.Response response = withToken("/me", PROVIDER.accessToken(claims));
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.text("detail")).isEqualTo(ClaimMapping.NO_ACCESS);
		}
	}

	@Test
	void aTokenForAnotherMunicipalityCannotReachThisMunicipalitysData() {
		ApiClient.Response koelnUsers = withToken("/users?size=100",
				PROVIDER.accessToken(claims("admin.token.koeln", "kim-verwaltung", "05315")));
		assertThat(koelnUsers.status()).isEqualTo(200);
		String adminKoeln = koelnUsers.json().path("items").valueStream()
				.filter(u -> u.path("username").asString().equals("admin.koeln")).findFirst().orElseThrow().path("id").asString();

		String muenster = PROVIDER.accessToken(claims("admin.token.muenster", "kim-verwaltung", "05515"));
		ApiClient.Response muensterUsers = withToken("/users?size=100", muenster);
		assertThat(muensterUsers.status()).isEqualTo(200);
		assertThat(muensterUsers.json().path("items").valueStream().map(u -> u.path("username").asString()))
				.noneMatch(name -> name.endsWith(".koeln"));
		assertThat(withToken("/users/" + adminKoeln, muenster).status()).isEqualTo(404);
		assertThat(withToken("/users/" + adminKoeln, PROVIDER.accessToken(claims("cm.token", "kim-fallmanagement", "05315")))
				.status()).as("Fallmanagement darf keine Konten sehen").isEqualTo(403);
	}

	@Test
	void peopleLogInInTheBrowserThroughTheProvider() throws Exception {
		WebUser browser = new WebUser(port);
		assertThat(browser.get("/login").body()).contains("id=\"oidc-login\"").contains("Mit dem Konto Ihrer Verwaltung anmelden");

		PROVIDER.nextLogin(claims("koord.oidc", "COORDINATOR", "05315"));
		assertThat(followLogin(browser)).endsWith("/");
		HttpResponse<String> start = browser.get("/");
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.body()).contains("Test koord.oidc");
		HttpResponse<String> account = browser.get("/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains("id=\"managed-elsewhere\"").doesNotContain("currentPassword");
	}

	@Test
	void aBrowserLoginWithoutAKnownRoleEndsOnAGermanErrorMessage() throws Exception {
		WebUser browser = new WebUser(port);
		PROVIDER.nextLogin(claims("niemand.oidc", "kim-besucher", "05315"));
		String location = followLogin(browser);
		assertThat(location).endsWith("/login?oidcError");
		assertThat(browser.get("/login?oidcError").body()).contains("keine gültige KIM-Rolle oder keine bekannte Kommune");
		assertThat(browser.isLoggedIn()).isFalse();
	}

	/** App → provider → app, as a browser would follow the redirects; answers where the app sends us at the end. */
	private String followLogin(WebUser browser) throws Exception {
		HttpResponse<String> toProvider = browser.get("/oauth2/authorization/kim");
		assertThat(toProvider.statusCode()).isEqualTo(302);
		String authorize = toProvider.headers().firstValue("Location").orElseThrow();
		assertThat(authorize).startsWith(PROVIDER.issuer() + "/authorize");
		HttpResponse<Void> back = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(authorize)).build(),
				HttpResponse.BodyHandlers.discarding());
		String callback = back.headers().firstValue("Location").orElseThrow();
		assertThat(callback).startsWith("http://localhost:" + port + "/login/oauth2/code/kim");
		HttpResponse<String> done = browser.get(callback.substring(("http://localhost:" + port).length()));
		assertThat(done.statusCode()).isEqualTo(302);
		return done.headers().firstValue("Location").orElseThrow();
	}

	private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
		Map<String, Object> copy = new java.util.HashMap<>(claims);
		copy.put(name, value);
		return copy;
	}
}
