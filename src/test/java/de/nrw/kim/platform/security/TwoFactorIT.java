package de.nrw.kim.platform.security;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator sets up the second factor on "Mein Konto"; from then on the login needs the code. */
@KimIntegrationTest
class TwoFactorIT {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
	private static final Pattern URI = Pattern.compile("id=\"totp-uri\">([^<]+)<");

	@LocalServerPort
	int port;

	@Test
	void anAdministratorEnrolsAndThenNeedsAFreshCodeAtEveryLogin() {
		TestAccounts.Created admin = TestAccounts.create(port, "admin.zwei", "MUNICIPAL_ADMIN");
		WebUser user = new WebUser(port);
		user.login(admin.username(), TestAccounts.PASSWORD);

		HttpResponse<String> page = user.get("/account");
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher secretText = SECRET.matcher(page.body());
		assertThat(secretText.find()).isTrue();
		String secret = secretText.group(1).replace(" ", "");
		Matcher uri = URI.matcher(page.body());
		assertThat(uri.find()).isTrue();
		assertThat(uri.group(1).replace("&amp;", "&")).startsWith("otpauth://totp/KIM-Plattform:" + admin.username())
				.contains("secret=" + secret).contains("issuer=KIM-Plattform");
		HttpResponse<String> qr = user.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
				+ "/account/two-factor/qr.svg")).header("Accept", "image/avif,image/webp,image/svg+xml,image/*,*/*;q=0.8").GET());
		assertThat(qr.statusCode()).isEqualTo(200);
		assertThat(qr.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
		assertThat(qr.body()).startsWith("<svg").contains("<path").doesNotContain("<script");

		HttpResponse<String> wrong = user.postForm("/account", "/account/two-factor", Map.of("code", "000000"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"code-error\"").contains("Der Code stimmt nicht");

		HttpResponse<String> enabled = user.postForm("/account", "/account/two-factor", Map.of("code", code(secret, 0)));
		assertThat(enabled.statusCode()).isEqualTo(302);
		assertThat(user.get("/account").body()).contains("Die Zwei-Faktor-Anmeldung ist eingerichtet");

		assertThat(location(new WebUser(port).login(admin.username(), TestAccounts.PASSWORD))).as("ohne Code")
				.endsWith("/login?error");
		assertThat(location(new WebUser(port).login(admin.username(), TestAccounts.PASSWORD, "code", "123456")))
				.as("falscher Code").endsWith("/login?error");
		assertThat(location(new WebUser(port).login(admin.username(), TestAccounts.PASSWORD, "code", code(secret, 0))))
				.as("der beim Einrichten verbrauchte Code").endsWith("/login?error");
		WebUser withCode = new WebUser(port);
		assertThat(location(withCode.login(admin.username(), TestAccounts.PASSWORD, "code", code(secret, 1)))).endsWith("/");
		assertThat(withCode.isLoggedIn()).isTrue();
		assertThat(location(new WebUser(port).login(admin.username(), TestAccounts.PASSWORD, "code", code(secret, 1))))
				.as("derselbe Code ein zweites Mal").endsWith("/login?error");

		String basic = Base64.getEncoder().encodeToString((admin.username() + ":" + TestAccounts.PASSWORD).getBytes());
		assertThat(ApiClient.anonymous(port).send(ApiClient.anonymous(port).request("/me")
				.header("Authorization", "Basic " + basic)).status()).as("HTTP Basic kennt keinen zweiten Faktor").isEqualTo(401);

		// lost phone: the municipality's administrator switches it off, the password alone works again
		assertThat(TestAccounts.admin(port).get("/users/" + admin.id()).json().path("twoFactor").asBoolean()).isTrue();
		assertThat(TestAccounts.admin(port).delete("/users/" + admin.id() + "/two-factor").status()).isEqualTo(204);
		assertThat(TestAccounts.admin(port).get("/users/" + admin.id()).json().path("twoFactor").asBoolean()).isFalse();
		assertThat(location(new WebUser(port).login(admin.username(), TestAccounts.PASSWORD))).endsWith("/");
	}

	@Test
	void caseManagersAreNotOfferedTheSecondFactor() {
		WebUser user = new WebUser(port);
		user.login("cm2.koeln", ApiClient.DEMO_PASSWORD);
		HttpResponse<String> page = user.get("/account");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Passwort ändern").doesNotContain("totp-secret");
		assertThat(user.postForm("/account", "/account/two-factor", Map.of("code", "000000")).statusCode()).isEqualTo(403);
	}

	private static String code(String secret, int stepsAhead) {
		long step = Totp.step(Instant.now().getEpochSecond()) + stepsAhead;
		return Totp.code(Totp.Base32.decode(secret), step, 6, "HmacSHA1");
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(keine Weiterleitung: " + response.statusCode() + ")");
	}
}
