package de.nrw.kim.platform.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

import javax.sql.DataSource;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.platform.security.UserAccounts;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit viewer page at {@code /audit}, over real HTTP as the demo users. */
@KimIntegrationTest
class AuditPageIT {

	private static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	/** A municipality no demo user works in: its chain may be broken on purpose without disturbing others. */
	private static final MunicipalityKey DUESSELDORF = MunicipalityKey.of("05111");
	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	@Qualifier("ownerDataSource")
	DataSource owner;

	UUID client = UUID.randomUUID();

	@BeforeEach
	void someAccessesInKoeln() {
		record(KOELN, AuditAction.CREATE, "Client", client, client);
		record(KOELN, AuditAction.READ, "Case", UUID.randomUUID(), client);
		record(KOELN, AuditAction.DISCLOSE, "Referral", UUID.randomUUID(), UUID.randomUUID());
	}

	@Nested
	class Access {

		@Test
		void theMunicipalAdministratorSeesThePage() {
			HttpResponse<String> page = get("admin.koeln", "/audit");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
			assertThat(page.body()).contains("<h1", "Zugriffsprotokoll", "<caption", "scope=\"col\"");
		}

		@Test
		void aCaseManagerIsForbidden() {
			HttpResponse<String> page = get("cm.koeln", "/audit");
			assertThat(page.statusCode()).isEqualTo(403);
			assertThat(page.body()).doesNotContain(client.toString());
		}

		@Test
		void aCoordinatorIsForbiddenToo() {
			assertThat(get("koord.koeln", "/audit").statusCode()).isEqualTo(403);
			assertThat(get("koord.koeln", "/audit/verify").statusCode()).isEqualTo(403);
		}

		@Test
		void withoutLoginThePageLeadsToTheLoginForm() {
			HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/audit")).header("Accept", "text/html"));
			assertThat(page.statusCode()).isEqualTo(302);
			assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		}

		@Test
		void anotherMunicipalitysAdministratorSeesNoneOfKoelnsEntries() {
			HttpResponse<String> page = get("admin.muenster", "/audit?clientId=" + client);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Zu dieser Klient*in-ID gibt es keine Einträge.")
					.doesNotContain("<table");
		}
	}

	@Nested
	class Entries {

		@Test
		void showTimeActorActionInGermanObjectClientPurposeAndShortHash() {
			String body = get("admin.koeln", "/audit?clientId=" + client).body();
			assertThat(body).contains("Angelegt", "Gelesen", "Klient*in", "Fall", "Fallbearbeitung", "system",
					"<time datetime=");
			String fullHash = body.replaceAll("(?s).*title=\"([0-9a-f]{64})\".*", "$1");
			assertThat(fullHash).hasSize(64);
			assertThat(body).contains(fullHash.substring(0, 12) + "…");
		}

		@Test
		void theClientFilterShowsOnlyThatPersonsEntries() {
			String body = get("admin.koeln", "/audit?clientId=" + client).body();
			assertThat(body).contains(client.toString()).doesNotContain("Weitergegeben");
		}

		@Test
		void anInvalidClientIdIsNamedAtTheFieldAndNothingBreaks() {
			HttpResponse<String> page = get("admin.koeln", "/audit?clientId=kein-uuid%3Cscript%3E");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("id=\"clientId-error\"", "aria-invalid=\"true\"",
					"Bitte geben Sie eine gültige Kennung ein").doesNotContain("<script>").doesNotContain("<table");
		}

		@Test
		void anAbbreviatedUuidIsNotAcceptedAsClientId() {
			assertThat(get("admin.koeln", "/audit?clientId=1-2-3-4-5").body()).contains("id=\"clientId-error\"");
		}

		@Test
		void manyEntriesArePaged() {
			UUID busy = UUID.randomUUID();
			for (int i = 0; i < 25; i++) {
				record(KOELN, AuditAction.READ, "Client", busy, busy);
			}
			String first = get("admin.koeln", "/audit?clientId=" + busy).body();
			assertThat(first).contains("Seite 1 von 2 (25 Einträge)", "rel=\"next\"");
			String second = get("admin.koeln", "/audit?clientId=" + busy + "&page=1").body();
			assertThat(second).contains("Seite 2 von 2 (25 Einträge)", "rel=\"prev\"");
			assertThat(second.split("scope=\"row\"", -1)).hasSize(6);
		}

		@Test
		void aPageBeyondTheLastSaysSoAndLeadsBack() {
			String body = get("admin.koeln", "/audit?clientId=" + client + "&page=7").body();
			assertThat(body).contains("Auf dieser Seite gibt es keine Einträge.", "page=0")
					.doesNotContain("id=\"audit-empty\"");
		}

		@Test
		void aNegativeOrNonsensePageDoesNotFail() {
			assertThat(get("admin.koeln", "/audit?page=-3").statusCode()).isEqualTo(200);
			assertThat(get("admin.koeln", "/audit?page=abc").statusCode()).isLessThan(500);
		}

		@Test
		void speaksEnglishOnRequest() {
			assertThat(get("admin.koeln", "/audit?lang=en&clientId=" + client).body())
					.contains("Audit trail", "Created", "Client ID");
		}
	}

	@Nested
	class Verification {

		@Test
		void anIntactChainIsReportedWithTheNumberChecked() {
			HttpResponse<String> page = get("admin.koeln", "/audit/verify");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Die Hash-Kette ist unversehrt.", "Einträge geprüft.", "<table");
		}

		@Test
		void htmxGetsOnlyTheResult() {
			HttpResponse<String> fragment = send(request("admin.koeln", "/audit/verify").header("HX-Request", "true"));
			assertThat(fragment.statusCode()).isEqualTo(200);
			assertThat(fragment.body()).contains("Die Hash-Kette ist unversehrt.").doesNotContain("<html", "<nav");
		}

		@Test
		void aChangedEntryIsFoundAtItsSequenceNumber() throws Exception {
			String admin = "admin.test.duesseldorf";
			TenantContext.runAs(DUESSELDORF, () -> transactions.executeWithoutResult(status -> {
				if (!accounts.exists(admin)) {
					accounts.create(admin, encoder.encode(ApiClient.DEMO_PASSWORD), "Prüfkonto Düsseldorf",
							EnumSet.of(Role.MUNICIPAL_ADMIN), DUESSELDORF, null);
				}
			}));
			for (int i = 0; i < 3; i++) {
				record(DUESSELDORF, AuditAction.READ, "Client", UUID.randomUUID(), UUID.randomUUID());
			}
			assertThat(get(admin, "/audit/verify").body()).contains("Die Hash-Kette ist unversehrt.");

			// a superuser with triggers off is the only way around the append-only protection
			try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("set session_replication_role = replica");
				statement.executeUpdate(
						"update audit_event set purpose = 'manipuliert' where municipality_id = '05111' and seq = 2");
			}

			String body = get(admin, "/audit/verify").body();
			assertThat(body).contains("Die Hash-Kette ist bei Eintrag 2 unterbrochen.", "role=\"alert\"");
			assertThat(get("admin.koeln", "/audit/verify").body()).contains("Die Hash-Kette ist unversehrt.");
		}
	}

	private void record(MunicipalityKey municipality, AuditAction action, String type, UUID entity, UUID clientId) {
		TenantContext.runAs(municipality, () -> transactions.executeWithoutResult(
				status -> auditTrail.record(action, type, entity, clientId, "Fallbearbeitung")));
	}

	private HttpResponse<String> get(String username, String path) {
		return send(request(username, path));
	}

	private HttpRequest.Builder request(String username, String path) {
		String credentials = username + ":" + ApiClient.DEMO_PASSWORD;
		return HttpRequest.newBuilder(uri(path))
				.header("Accept", "text/html")
				.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}
}
