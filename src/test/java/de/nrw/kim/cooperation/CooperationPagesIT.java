package de.nrw.kim.cooperation;

import java.util.List;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static de.nrw.kim.cooperation.CooperationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/** The cooperation pages over HTTP: every text resolves in both languages, and nobody reaches what is not theirs. */
@KimIntegrationTest
class CooperationPagesIT {

	@LocalServerPort
	int port;

	String html(String user, String path) {
		ApiClient api = ApiClient.as(port, user);
		var response = api.send(ApiClient.as(port, user).request("/api/v1/partners").uri(java.net.URI.create(
				"http://localhost:" + port + path)).setHeader("Accept", "text/html").GET());
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.raw().body();
	}

	int status(String user, String path) {
		ApiClient api = ApiClient.as(port, user);
		return api.send(api.request("/api/v1/partners").uri(java.net.URI.create("http://localhost:" + port + path))
				.setHeader("Accept", "text/html").GET()).status();
	}

	@Test
	void everyPageSpeaksGermanAndEnglishWithoutMissingTexts() {
		CooperationFixtures f = new CooperationFixtures(port);
		String[] c = f.openCase();
		f.consent(c[1], List.of(f.jobcenter()), List.of("BASIC"), today(), null);
		String referral = f.refer(c[0], f.jobcenter(), "SGB_II", List.of("BASIC")).text("id");
		List<String[]> pages = List.of(new String[] { "cm.koeln", "/clients/" + c[1] + "/consents" },
				new String[] { "cm.koeln", "/clients/" + c[1] }, new String[] { "cm.koeln", "/cases/" + c[0] + "/referrals" },
				new String[] { "cm.koeln", "/partners" }, new String[] { "koord.koeln", "/partners/new" },
				new String[] { "partner.jobcenter.koeln", "/" }, new String[] { "partner.jobcenter.koeln", "/referrals/incoming" },
				new String[] { "partner.jobcenter.koeln", "/referrals/incoming/" + referral },
				new String[] { "admin.koeln", "/transmissions" });
		for (String language : List.of("de", "en")) {
			for (String[] p : pages) {
				String body = html(p[0], p[1] + (p[1].contains("?") ? "&" : "?") + "lang=" + language);
				assertThat(body).as(language + " " + p[1]).doesNotContain("??").contains("lang=\"" + language + "\"");
			}
		}
		assertThat(html("cm.koeln", "/cases/" + c[0] + "/referrals?lang=de")).contains("Jobcenter Köln", "gesendet");
		assertThat(html("partner.jobcenter.koeln", "/referrals/incoming/" + referral + "?lang=de")).contains(c[2]);
	}

	@Test
	void othersDoNotReachTheCooperationPages() {
		CooperationFixtures f = new CooperationFixtures(port);
		String[] c = f.openCase();
		f.consent(c[1], List.of(f.immigrationOffice()), List.of("BASIC"), today(), null);
		String referral = f.refer(c[0], f.immigrationOffice(), "AUFENTHG", List.of("BASIC")).text("id");
		assertThat(status("cm.muenster", "/cases/" + c[0] + "/referrals")).isEqualTo(404);
		assertThat(status("cm.muenster", "/clients/" + c[1] + "/consents")).isEqualTo(404);
		assertThat(status("partner.jobcenter.koeln", "/referrals/incoming/" + referral)).isEqualTo(404);
		assertThat(status("partner.jobcenter.koeln", "/clients/" + c[1] + "/consents")).isIn(403, 404);
		assertThat(status("cm.koeln", "/transmissions")).isEqualTo(403);
		assertThat(status("cm.koeln", "/referrals/incoming")).isEqualTo(403);
	}
}
