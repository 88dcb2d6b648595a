package de.nrw.kim.residence.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: with more deadlines than fit, the start page shows the first ten, says how many there are
 * and audits only the shown clients; {@code GET /deadlines} audits only its page.
 */
@KimIntegrationTest
class BoundedDeadlinesIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
	static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	static final int MORE_THAN_SHOWN = 14;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void theStartPageShowsTenCountsAllAndAuditsOnlyTheShown() throws Exception {
		for (int i = 0; i < MORE_THAN_SHOWN; i++) {
			clientWithStatus(TODAY.plusDays(1 + i % 5));
		}
		long before = deadlineReads();
		String page = startPage("cm.koeln");
		String section = page.substring(page.indexOf("id=\"start-deadlines\""));
		section = section.substring(0, section.indexOf("</section>"));

		assertThat(Pattern.compile("<li>").matcher(section).results().count()).isEqualTo(10);
		Set<String> shownClients = Pattern.compile("/clients/([0-9a-f-]{36})/residence").matcher(section).results()
				.map(m -> m.group(1)).collect(Collectors.toSet());
		assertThat(shownClients).isNotEmpty();
		assertThat(deadlineReads() - before).isEqualTo(shownClients.size());

		Matcher total = Pattern.compile("id=\"start-deadlines-all\" href=\"/deadlines\\?withinDays=30\">[^(]*\\((\\d+)")
				.matcher(section);
		assertThat(total.find()).as("link to the full list with the total").isTrue();
		assertThat(Integer.parseInt(total.group(1))).isGreaterThanOrEqualTo(MORE_THAN_SHOWN);
	}

	@Test
	void theApiAuditsOnlyItsPage() {
		for (int i = 0; i < 6; i++) {
			clientWithStatus(TODAY.plusDays(2));
		}
		long before = deadlineReads();
		JsonNode page = cm().get("/deadlines?withinDays=30&size=3").json();
		assertThat(page.path("items").size()).isEqualTo(3);
		assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(6);
		long residenceClients = page.path("items").valueStream()
				.filter(i -> i.path("kind").asString().equals(ResidenceDeadlines.KIND))
				.map(i -> i.path("clientId").asString()).distinct().count();
		assertThat(deadlineReads() - before).isEqualTo(residenceClients);
	}

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	void clientWithStatus(LocalDate until) {
		String id = cm().post("/clients", Map.of("givenName", "Schranke", "familyName",
				"Test-" + UUID.randomUUID().toString().substring(0, 8), "gender", "FEMALE")).text("id");
		Map<String, Object> status = new HashMap<>();
		status.put("type", "DULDUNG");
		status.put("validFrom", TODAY.minusYears(1).toString());
		status.put("validUntil", until.toString());
		assertThat(cm().post("/clients/" + id + "/residence-statuses", status).status()).isEqualTo(201);
	}

	long deadlineReads() {
		return TenantContext.callAs(KOELN, () -> JdbcClient.create(dataSource)
				.sql("select count(*) from audit_event where actor = 'cm.koeln' and entity_type = :t")
				.param("t", ResidenceDeadlines.ENTITY).query(Long.class).single());
	}

	String startPage(String user) throws Exception {
		String auth = "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/?lang=de")).header("Authorization", auth)
				.header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}
}
