package de.nrw.kim.casework;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.nrw.kim.client.ClientPageSection;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The casework pages over HTTP, where the browser walk does not go: roles and need-to-know on pages,
 * conflicts as messages, English, and what a crafted request gets instead of a 500.
 */
@KimIntegrationTest
class CasePagesIT {

	@LocalServerPort
	int port;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("clientCasesSection")
	ClientPageSection clientCases;

	ApiClient api() {
		return ApiClient.as(port, "cm.koeln");
	}

	String[] openCase() {
		String clientId = api().post("/clients", Map.of("givenName", "Samir", "familyName",
				"Seite-" + UUID.randomUUID().toString().substring(0, 6), "gender", "MALE")).text("id");
		return new String[] { api().post("/cases", Map.of("clientId", clientId)).text("id"), clientId };
	}

	@Nested
	class Access {

		@Test
		void rolesWithoutCaseWorkGetTheGermanForbiddenPage() {
			String caseId = openCase()[0];
			for (String user : new String[] { "koord.koeln", "land", "admin.koeln" }) {
				Page list = new Web(user).get("/cases");
				assertThat(list.status()).as(user).isEqualTo(403);
				assertThat(list.body()).as(user).contains("Ihre Rolle erlaubt diese Aktion nicht");
				assertThat(new Web(user).get("/cases/" + caseId).status()).as(user).isEqualTo(403);
			}
		}

		@Test
		void aCaseOutsideTheUsersNeedToKnowIsNotFound() {
			String[] opened = openCase();
			for (String user : new String[] { "cm2.koeln", "cm.caritas.koeln", "cm.muenster" }) {
				Page page = new Web(user).get("/cases/" + opened[0] + "/contacts");
				assertThat(page.status()).as(user).isEqualTo(404);
				assertThat(page.body()).as(user).contains("Diese Seite gibt es nicht").doesNotContain("Samir");
			}
			assertThat(new Web("cm.caritas.koeln").get("/cases/new?clientId=" + opened[1]).status()).isEqualTo(404);
			assertThat(new Web("cm.koeln").get("/cases/new?clientId=kein-uuid").status()).isEqualTo(404);
		}

		@Test
		void theNavigationOffersCasesToCaseManagersOnly() {
			assertThat(new Web("cm.koeln").get("/").body()).contains("href=\"/cases\"");
			assertThat(new Web("koord.koeln").get("/").body()).doesNotContain("href=\"/cases\"");
		}
	}

	@Nested
	class Conflicts {

		@Test
		void aStaleVersionSendsTheUserBackWithAMessage() {
			String caseId = openCase()[0];
			api().post("/cases/" + caseId + "/phase", Map.of("phase", "ASSESSMENT", "version", 0));
			Web web = new Web("cm.koeln");
			Page answer = web.post("/cases/" + caseId + "/phase", Map.of("phase", "PLANNING", "version", "0"));
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.location()).endsWith("/cases/" + caseId);
			assertThat(web.get("/cases/" + caseId).body()).contains("Jemand hat den Fall inzwischen geändert");
			assertThat(api().get("/cases/" + caseId).text("phase")).isEqualTo("ASSESSMENT");
		}

		@Test
		void aClosedCaseRefusesAContactWithAMessage() {
			String caseId = openCase()[0];
			api().post("/cases/" + caseId + "/close", Map.of("reason", "NO_CONTACT"));
			Web web = new Web("cm.koeln");
			Page answer = web.post("/cases/" + caseId + "/contacts", Map.of("on", "2026-01-05", "mode", "PHONE", "minutes", "5"));
			assertThat(answer.location()).endsWith("/cases/" + caseId + "/contacts");
			assertThat(web.get("/cases/" + caseId + "/contacts").body()).contains("Der Fall ist abgeschlossen");
		}
	}

	@Nested
	class BadInput {

		@Test
		void anImpossibleDateAndTooManyMinutesAreShownAtTheirFieldsAndNothingIsStored() {
			String caseId = openCase()[0];
			Page page = new Web("cm.koeln").post("/cases/" + caseId + "/contacts",
					Map.of("on", "2023-02-30", "mode", "TELEPATHY", "minutes", "601", "note", "Notiz bleibt"));
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("id=\"on-error\"", "id=\"mode-error\"", "id=\"minutes-error\"")
					.contains("Bitte ein gültiges Datum").contains("Notiz bleibt");
			assertThat(api().get("/cases/" + caseId + "/contacts").json().path("total").asLong()).isZero();
		}

		@Test
		void aNoteLongerThanTheFormAllowsIsAFieldErrorNotACrash() {
			String caseId = openCase()[0];
			Page page = new Web("cm.koeln").post("/cases/" + caseId + "/contacts",
					Map.of("on", "2026-01-05", "mode", "PHONE", "minutes", "5", "note", "x".repeat(20_000)));
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("id=\"note-error\"").contains("Höchstens 10.000 Zeichen");
		}

		@Test
		void aTwoMegabyteFormIsRefusedWithoutAServerError() {
			String caseId = openCase()[0];
			Page page = new Web("cm.koeln").post("/cases/" + caseId + "/contacts",
					Map.of("on", "2026-01-05", "mode", "PHONE", "minutes", "5", "note", "x".repeat(2 * 1024 * 1024)));
			assertThat(page.status()).isBetween(400, 499);
			assertThat(api().get("/cases/" + caseId + "/contacts").json().path("total").asLong()).isZero();
		}

		@Test
		void aTooLargeUploadIsAnErrorAtTheFileInput() {
			String caseId = openCase()[0];
			byte[] big = new byte[20 * 1024 * 1024 + 100];
			System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
			Web web = new Web("cm.koeln");
			Page answer = web.upload("/cases/" + caseId + "/documents", "gross.pdf", big);
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.location()).endsWith("/cases/" + caseId + "/documents?tooLarge");
			Page page = web.get("/cases/" + caseId + "/documents?tooLarge");
			assertThat(page.body()).contains("id=\"file-error\"", "höchstens 20 MB");
			assertThat(api().get("/cases/" + caseId + "/documents").json().size()).isZero();
		}
	}

	@Nested
	class Languages {

		@Test
		void theCasePagesSpeakEnglishOnRequestWithoutMissingTexts() {
			String caseId = openCase()[0];
			Web web = new Web("cm.koeln");
			assertThat(web.get("/cases?lang=en").body()).contains("My cases").doesNotContain("??");
			for (String tab : new String[] { "", "/assessment", "/plan", "/contacts", "/follow-ups", "/documents", "/close" }) {
				Page page = web.get("/cases/" + caseId + tab);
				assertThat(page.status()).as(tab).isEqualTo(200);
				assertThat(page.body()).as(tab).doesNotContain("??").contains("Sections of the case file");
			}
			assertThat(web.get("/?lang=de").body()).contains("Meine Fälle", "Fällige Wiedervorlagen", "Fristen")
					.doesNotContain("??");
		}
	}

	@Nested
	class TheClientPageSection {

		@Test
		void listsTheClientsVisibleCasesAndOffersToOpenOne() {
			String[] opened = openCase();
			CurrentUser user = new CurrentUser(UUID.randomUUID(), "cm.koeln", "Katharina Schneider",
					Set.of(de.nrw.kim.platform.Role.CASE_MANAGER), de.nrw.kim.platform.MunicipalityKey.of("05315"),
					UUID.fromString(api().get("/cases/" + opened[0]).text("organisationId")));
			String html = asUser(user, () -> {
				assertThat(clientCases.visibleTo(user)).isTrue();
				Map<String, Object> model = clientCases.model(UUID.fromString(opened[1]), user);
				var application = JakartaServletWebApplication.buildApplication(new MockServletContext());
				var exchange = application.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse());
				WebContext context = new WebContext(exchange, Locale.GERMAN, Map.of("sectionModel", model));
				String fragment = clientCases.fragment();
				return templates.process(fragment.substring(0, fragment.indexOf(" ::")),
						Set.of(fragment.substring(fragment.indexOf("::") + 2).strip()), context);
			});
			assertThat(html).contains("<h2", "Fälle", "/cases/" + opened[0], "Erstgespräch/Klärung", "/cases/new")
					.contains("value=\"" + opened[1] + "\"").doesNotContain("??");
		}

		static <T> T asUser(CurrentUser user, java.util.function.Supplier<T> work) {
			var principal = (CurrentUser.CurrentUserSource) () -> user;
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					principal, null, java.util.List.of(new SimpleGrantedAuthority("ROLE_CASE_MANAGER"))));
			try {
				return de.nrw.kim.platform.TenantContext.callAs(user.municipality(), work::get);
			} finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

	@Nested
	class TheArt15Export {

		@Autowired
		java.util.List<de.nrw.kim.client.PersonalDataContributor> contributors;

		@Autowired
		org.springframework.transaction.support.TransactionTemplate transactions;

		@Test
		void containsEveryCaseOfTheOrganisationWithItsContentsAndIsAudited() {
			String[] opened = openCase();
			String caseId = opened[0];
			api().put("/cases/" + caseId + "/assessment", Map.of("domains", java.util.List.of(Map.of("domain", "LANGUAGE", "need", "HIGH"))));
			api().post("/cases/" + caseId + "/goals", Map.of("domain", "LANGUAGE", "title", "B1"));
			api().post("/cases/" + caseId + "/contacts", Map.of("on", "2026-01-05", "mode", "PHONE", "minutes", 5, "note", "Telefonat"));
			var contributor = contributors.stream().filter(c -> c.section().equals("cases")).findFirst().orElseThrow();
			CurrentUser colleague = new CurrentUser(UUID.randomUUID(), "cm2.koeln", "Yusuf Demir",
					Set.of(de.nrw.kim.platform.Role.CASE_MANAGER), de.nrw.kim.platform.MunicipalityKey.of("05315"),
					UUID.fromString(api().get("/cases/" + caseId).text("organisationId")));
			String json = TheClientPageSection.asUser(colleague, () -> transactions.execute(
					status -> tools.jackson.databind.json.JsonMapper.builder().build()
							.writeValueAsString(contributor.collect(UUID.fromString(opened[1])))));
			assertThat(json).contains(caseId, "\"LANGUAGE\"", "\"B1\"", "Telefonat", "\"INTAKE\"");
			assertThat(ApiClient.as(port, "admin.koeln").get("/audit?clientId=" + opened[1] + "&size=200").json().path("items")
					.valueStream().filter(e -> e.path("action").asString().equals("EXPORT")).map(e -> e.path("actor").asString()))
					.containsExactly("cm2.koeln");
		}
	}

	@Nested
	class TheClientExport {

		@Test
		void includesTheCasesInJsonAndPdf() {
			String[] opened = openCase();
			api().post("/cases/" + opened[0] + "/follow-ups", Map.of("dueOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString(),
					"title", "Termin Ausländerbehörde"));
			ApiClient.Response export = api().get("/clients/" + opened[1] + "/export");
			assertThat(export.status()).isEqualTo(200);
			assertThat(export.raw().body()).contains(opened[0], "Termin Ausländerbehörde");
			var pdf = api().getBytes("/clients/" + opened[1] + "/export?format=pdf");
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
	}

	record Page(int status, String body, String location) {
	}

	/** A browser-like session over HTTP (Basic auth, session cookie, CSRF token from the pages). */
	class Web {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).build();
		private final String authorization;
		private String csrf;

		Web(String user) {
			authorization = "Basic " + Base64.getEncoder()
					.encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		}

		Page get(String path) {
			Page page = send(request(path).GET());
			Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return page;
		}

		Page post(String path, Map<String, String> form) {
			if (csrf == null) {
				get("/cases");
			}
			Map<String, String> fields = new LinkedHashMap<>(form);
			fields.put("_csrf", csrf);
			String body = fields.entrySet().stream()
					.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		Page upload(String path, String fileName, byte[] content) {
			if (csrf == null) {
				get("/cases");
			}
			String boundary = "kim-" + UUID.randomUUID();
			var body = new java.io.ByteArrayOutputStream();
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send(request(path + "?_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Authorization", authorization).header("Accept", "text/html");
		}

		private Page send(HttpRequest.Builder request) {
			try {
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
			} catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
