package de.nrw.kim.funding;

import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class FundingGuidelineApiIT {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	JsonNode guideline(ApiClient client, String code) {
		return client.get("/funding/guidelines").json().path("items").valueStream()
				.filter(g -> g.path("code").asString().equals(code)).findFirst().orElseThrow();
	}

	@Nested
	class Reading {

		@Test
		void listsBothShippedVersionsWithValidityReferenceAndRates() {
			ApiClient.Response response = as("koord.koeln").get("/funding/guidelines");
			assertThat(response.status()).isEqualTo(200);
			JsonNode v2020 = guideline(as("koord.koeln"), "KIM-2020");
			assertThat(v2020.path("title").asString()).isEqualTo("KIM-Richtlinie 2020");
			assertThat(v2020.path("legalReference").asString()).isEqualTo("RdErl. MKFFI v. 25.11.2020, MBl. NRW. 2020 S. 751");
			assertThat(v2020.path("validFrom").asString()).isEqualTo("2020-07-01");
			assertThat(v2020.path("validTo").asString()).isEqualTo("2024-12-31");
			assertThat(v2020.path("originalValidTo").asString()).isEqualTo("2022-12-31");
			assertThat(v2020.path("rates").get(0).path("year").asInt()).isEqualTo(2021);
			assertThat(v2020.path("rates").get(0).path("ratePerFte").decimalValue()).isEqualByComparingTo("55000.00");
			JsonNode v2024 = guideline(as("land"), "KIM-2024");
			assertThat(v2024.path("validFrom").asString()).isEqualTo("2025-01-01");
			assertThat(v2024.path("validTo").isNull()).isTrue();
			assertThat(v2024.path("legalReference").asString()).isEqualTo("RdErl. MKJFGFI v. 12.12.2024, MBl. NRW. 2024 S. 1229");
			JsonNode rate2025 = v2024.path("rates").valueStream().filter(r -> r.path("year").asInt() == 2025).findFirst().orElseThrow();
			assertThat(rate2025.path("adminAssistanceRate").decimalValue()).isEqualByComparingTo("22500.00");
			assertThat(rate2025.path("equipmentPerFte").decimalValue()).isEqualByComparingTo("5700.00");
		}

		@Test
		void amountsAreJsonNumbersWithTwoDecimals() {
			String body = as("bewilligung").get("/funding/guidelines").raw().body();
			assertThat(body).contains("\"ratePerFte\":57000.00", "\"adminAssistanceRate\":22500.00",
					"\"equipmentPerFte\":5700.00", "\"ratePerFte\":55000.00");
		}

		@Test
		void namesTheRulesOfEachVersion() {
			assertThat(guideline(as("land"), "KIM-2024").path("rules").valueStream().map(JsonNode::asString))
					.contains("MINIMUM_FTE", "PERSONNEL_LUMP_SUM", "ADMIN_ASSISTANCE_LUMP_SUM", "COST_CAP", "WORKPLACE_EQUIPMENT");
		}

		@Test
		void caseManagersSeeNoneOfFunding() {
			assertThat(as("cm.koeln").get("/funding/guidelines").status()).isEqualTo(403);
		}
	}

	@Nested
	class EditingRates {

		String v2024Id() {
			return guideline(as("bewilligung"), "KIM-2024").path("id").asString();
		}

		@Test
		void theGrantOfficerAddsAYearAndChangesItWithTheCurrentVersion() {
			String id = v2024Id();
			ApiClient.Response created = as("bewilligung").put("/funding/guidelines/" + id + "/rates/2031",
					Map.of("ratePerFte", 59000, "adminAssistanceRate", 23000, "equipmentPerFte", 5800));
			assertThat(created.status()).isEqualTo(200);
			JsonNode rate = created.json().path("rates").valueStream().filter(r -> r.path("year").asInt() == 2031).findFirst().orElseThrow();
			assertThat(rate.path("version").asInt()).isZero();
			assertThat(rate.path("updatedBy").asString()).isEqualTo("bewilligung");
			ApiClient.Response changed = as("bewilligung").put("/funding/guidelines/" + id + "/rates/2031",
					Map.of("ratePerFte", "59500.50", "adminAssistanceRate", 23000, "equipmentPerFte", 5800, "version", 0));
			assertThat(changed.status()).isEqualTo(200);
			assertThat(changed.raw().body()).contains("\"ratePerFte\":59500.50");
			ApiClient.Response stale = as("bewilligung").put("/funding/guidelines/" + id + "/rates/2031",
					Map.of("ratePerFte", 1, "adminAssistanceRate", 1, "equipmentPerFte", 1, "version", 0));
			assertThat(stale.status()).isEqualTo(409);
			assertThat(stale.text("type")).endsWith("/stale-version");
			assertThat(as("bewilligung").get("/funding/guidelines/" + id + "/history").json().path("items").valueStream()
					.filter(c -> c.path("action").asString().equals("RATES_SET")).count()).isGreaterThanOrEqualTo(2);
		}

		@Test
		void aYearOutsideTheValidityAndAmountsWithFractionsOfCentsAreRejected() {
			String v2020 = guideline(as("bewilligung"), "KIM-2020").path("id").asString();
			ApiClient.Response outside = as("bewilligung").put("/funding/guidelines/" + v2020 + "/rates/2032",
					Map.of("ratePerFte", 1, "adminAssistanceRate", 1, "equipmentPerFte", 1));
			assertThat(outside.status()).isEqualTo(400);
			assertThat(outside.json().path("errors").get(0).path("field").asString()).isEqualTo("year");
			ApiClient.Response cents = as("bewilligung").put("/funding/guidelines/" + v2024Id() + "/rates/2033",
					Map.of("ratePerFte", "57000.005", "adminAssistanceRate", -1, "equipmentPerFte", 1));
			assertThat(cents.status()).isEqualTo(400);
			assertThat(cents.json().path("errors").valueStream().map(e -> e.path("field").asString()))
					.containsExactlyInAnyOrder("ratePerFte", "adminAssistanceRate");
			assertThat(guideline(as("bewilligung"), "KIM-2024").path("rates").valueStream()
					.noneMatch(r -> r.path("year").asInt() == 2033)).isTrue();
		}

		@Test
		void onlyTheGrantOfficerEditsRates() {
			Map<String, Object> body = Map.of("ratePerFte", 1, "adminAssistanceRate", 1, "equipmentPerFte", 1, "version", 0);
			assertThat(as("land").put("/funding/guidelines/" + v2024Id() + "/rates/2025", body).status()).isEqualTo(403);
			assertThat(as("koord.koeln").put("/funding/guidelines/" + v2024Id() + "/rates/2025", body).status()).isEqualTo(403);
		}

		@Test
		void anExtensionSetsANewEndWithItsOwnReference() {
			ApiClient.Response created = as("bewilligung").post("/funding/guidelines", Map.of("code", "KIM-TEST-EXT",
					"title", "Testfassung", "legalReference", "RdErl. Test", "validFrom", "2040-01-01", "validTo", "2041-12-31",
					"ruleSet", "KIM-2024"));
			assertThat(created.status()).isEqualTo(201);
			assertThat(created.header("Location")).endsWith("/api/v1/funding/guidelines/" + created.text("id"));
			ApiClient.Response extended = as("bewilligung").post("/funding/guidelines/" + created.text("id") + "/extensions",
					Map.of("validTo", "2043-12-31", "legalReference", "RdErl. Verlängerung", "decidedOn", "2041-06-01"));
			assertThat(extended.status()).isEqualTo(201);
			assertThat(extended.text("validTo")).isEqualTo("2043-12-31");
			assertThat(extended.text("originalValidTo")).isEqualTo("2041-12-31");
			ApiClient.Response earlier = as("bewilligung").post("/funding/guidelines/" + created.text("id") + "/extensions",
					Map.of("validTo", "2042-01-01", "legalReference", "x"));
			assertThat(earlier.status()).isEqualTo(400);
		}
	}
}
