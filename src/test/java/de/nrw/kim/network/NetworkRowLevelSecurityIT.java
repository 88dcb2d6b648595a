package de.nrw.kim.network;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL alone keeps every network table apart (no application filter in these queries). */
@KimIntegrationTest
class NetworkRowLevelSecurityIT {

	static final List<String> TABLES = List.of("network_offer", "network_gap", "network_gap_support", "network_meeting",
			"network_meeting_item", "network_meeting_item_gap", "network_target_group", "network_concept_section", "network_agreement",
			"network_agreement_document");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void networkDataInKoeln() {
		ApiClient koord = ApiClient.as(port, "koord.koeln");
		String partner = koord.get("/partners?name=Jobcenter").json().path("items").get(0).path("id").asString();
		koord.post("/offers", Map.of("partnerId", partner, "title", "Beratung", "domain", "WORK", "languages", List.of("tr")));
		String gap = ApiClient.as(port, "cm.koeln").post("/structural-gaps", Map.of("domain", "WORK", "description", "Wartezeit")).text("id");
		ApiClient.as(port, "cm2.koeln").post("/structural-gaps/" + gap + "/support", Map.of());
		String meeting = koord.post("/steering-meetings", Map.of("on", "2026-12-01", "title", "Sitzung")).text("id");
		koord.post("/steering-meetings/" + meeting + "/items", Map.of("title", "Wartezeiten", "gapIds", List.of(gap)));
		// valid only in the future, so no case at intake gets a hint from it
		koord.post("/kim-concept/target-groups", Map.of("name", "Künftige Zielgruppe", "arrivedWithinYears", 2,
				"validFrom", "2099-01-01", "source", "Entwurf"));
		koord.post("/kim-concept/sections", Map.of("position", 9, "title", "Berichtswesen", "body", "Jährlich."));
		String agreement = koord.post("/kim-concept/agreements", Map.of("partnerId", partner, "title", "Vereinbarung")).text("id");
		String boundary = "kim-rls";
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 rls\r\n--" + boundary + "--\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		koord.send(koord.request("/kim-concept/agreements/" + agreement + "/documents")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	@Test
	void muensterSeesNoRowOfKoelnInAnyNetworkTable() {
		for (String table : TABLES) {
			List<String> fromMuenster = TenantContext.callAs(MunicipalityKey.of("05515"), () -> JdbcClient.create(dataSource)
					.sql("select distinct municipality_id from " + table).query(String.class).list());
			assertThat(fromMuenster).as(table).doesNotContain("05315");
			long fromKoeln = TenantContext.callAs(MunicipalityKey.of("05315"), () -> JdbcClient.create(dataSource)
					.sql("select count(*) from " + table + " where municipality_id = '05315'").query(Long.class).single());
			assertThat(fromKoeln).as(table).isPositive();
			long withoutTenant = TenantContext.callWithoutTenant(() -> JdbcClient.create(dataSource)
					.sql("select count(*) from " + table).query(Long.class).single());
			assertThat(withoutTenant).as(table).isZero();
		}
	}
}
