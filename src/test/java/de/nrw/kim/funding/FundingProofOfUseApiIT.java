package de.nrw.kim.funding;

import java.math.BigDecimal;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class FundingProofOfUseApiIT {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	JsonNode line(JsonNode proof, String positionId) {
		return proof.path("positions").valueStream().filter(p -> p.path("positionId").asString().equals(positionId))
				.findFirst().orElseThrow();
	}

	@Test
	void isComputedFromTheActualStaffingHistoryWithTheRatesOfTheYear() {
		String afterFifteenth = as("koord.koeln").post("/funding/positions", FundingPositionApiIT.position("contract", "PERMANENT",
				"fixedTermUntil", null, "filledFrom", "2023-03-18")).text("id");
		String small = as("koord.koeln").post("/funding/positions", FundingPositionApiIT.position("fte", 0.45, "contract",
				"PERMANENT", "fixedTermUntil", null, "filledFrom", "2023-01-01")).text("id");
		String capped = as("koord.koeln").post("/funding/positions", FundingPositionApiIT.position("contract", "PERMANENT",
				"fixedTermUntil", null, "filledFrom", "2022-01-01")).text("id");
		assertThat(as("koord.koeln").put("/funding/positions/" + capped + "/actual-costs/2023", Map.of("amount", "51234.56"))
				.status()).isEqualTo(200);

		ApiClient.Response response = as("koord.koeln").post("/funding/proofs-of-use", Map.of("municipalityKey", "05315", "year", 2023));
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
		JsonNode proof = response.json();
		assertThat(proof.path("municipalityKey").asString()).isEqualTo("05315");
		assertThat(proof.path("year").asInt()).isEqualTo(2023);
		assertThat(proof.path("guidelineVersion").asString()).startsWith("KIM-2020");
		JsonNode first = line(proof, afterFifteenth);
		assertThat(first.path("countedMonths").asInt()).isEqualTo(9);
		assertThat(first.path("personnelAmount").decimalValue()).isEqualByComparingTo("42750.00");
		assertThat(first.path("eligibleAmount").decimalValue()).isEqualByComparingTo("42750.00");
		assertThat(first.path("module").asInt()).isEqualTo(2);
		JsonNode below = line(proof, small);
		assertThat(below.path("eligibleAmount").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(below.path("reason").asString()).contains("0,50 VZÄ");
		assertThat(line(proof, capped).path("eligibleAmount").decimalValue()).isEqualByComparingTo("51234.56");
		assertThat(response.raw().body()).contains("\"eligibleAmount\":42750.00", "\"equipmentAmount\":0.00");

		BigDecimal sum = proof.path("positions").valueStream().map(p -> p.path("eligibleAmount").decimalValue())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(proof.path("eligible").decimalValue()).isEqualByComparingTo(sum);
		BigDecimal byModule = proof.path("byModule").path("1").decimalValue().add(proof.path("byModule").path("2").decimalValue())
				.add(proof.path("byModule").path("3").decimalValue());
		assertThat(byModule).isEqualByComparingTo(sum);
		BigDecimal balance = proof.path("paid").decimalValue().subtract(proof.path("eligible").decimalValue());
		assertThat(proof.path("repayment").decimalValue().subtract(proof.path("underpayment").decimalValue())).isEqualByComparingTo(balance);
	}

	@Test
	void theGrantAuthorityComputesAnyMunicipalityAndCoordinatorsOnlyTheirOwn() {
		assertThat(as("bewilligung").post("/funding/proofs-of-use", Map.of("municipalityKey", "05515", "year", 2025)).status()).isEqualTo(200);
		assertThat(as("koord.muenster").post("/funding/proofs-of-use", Map.of("municipalityKey", "05315", "year", 2025)).status()).isEqualTo(404);
		assertThat(as("cm.koeln").post("/funding/proofs-of-use", Map.of("municipalityKey", "05315", "year", 2025)).status()).isEqualTo(403);
	}

	@Test
	void aYearWithoutRatesIsAConflictAndBadInputIsNamed() {
		ApiClient.Response noRates = as("bewilligung").post("/funding/proofs-of-use", Map.of("municipalityKey", "05315", "year", 2019));
		assertThat(noRates.status()).isEqualTo(409);
		assertThat(noRates.text("type")).endsWith("/no-rates");
		ApiClient.Response bad = as("bewilligung").post("/funding/proofs-of-use", Map.of("municipalityKey", "x", "year", 1));
		assertThat(bad.json().path("errors").valueStream().map(e -> e.path("field").asString()))
				.containsExactlyInAnyOrder("municipalityKey", "year");
	}

	@Test
	void aSavedProofIsSubmittedFrozenAndCheckedByTheGrantAuthority() {
		ApiClient.Response saved = as("koord.koeln").put("/funding/proofs-of-use/05315/2024",
				Map.of("factualReport", "Im Jahr 2024 wurden 120 Fälle begleitet."));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.text("status")).isEqualTo("DRAFT");
		assertThat(saved.text("guidelineVersion")).startsWith("KIM-2020");
		assertThat(saved.json().path("computation").path("positions").isArray()).isTrue();
		assertThat(as("koord.koeln").put("/funding/proofs-of-use/05315/2024", Map.of("factualReport", "x")).status()).isEqualTo(400);
		ApiClient.Response again = as("koord.koeln").put("/funding/proofs-of-use/05315/2024",
				Map.of("factualReport", "Im Jahr 2024 wurden 121 Fälle begleitet.", "version", 0));
		assertThat(again.json().path("version").asInt()).isEqualTo(1);
		assertThat(as("koord.koeln").post("/funding/proofs-of-use/05315/2024/check", Map.of()).status()).isEqualTo(403);
		assertThat(as("bewilligung").post("/funding/proofs-of-use/05315/2024/check", Map.of()).text("type")).endsWith("/invalid-transition");
		ApiClient.Response submitted = as("koord.koeln").post("/funding/proofs-of-use/05315/2024/submit", Map.of());
		assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
		assertThat(submitted.text("submittedOn")).isNotNull();
		assertThat(submitted.text("factualReport")).contains("121 Fälle");
		assertThat(as("koord.koeln").put("/funding/proofs-of-use/05315/2024", Map.of("factualReport", "y", "version", 2)).status()).isEqualTo(409);
		ApiClient.Response checked = as("bewilligung").post("/funding/proofs-of-use/05315/2024/check", Map.of("remarks", "Ohne Beanstandung."));
		assertThat(checked.text("status")).isEqualTo("CHECKED");
		assertThat(checked.text("checkedBy")).isEqualTo("bewilligung");
		assertThat(as("land").get("/funding/proofs-of-use/05315/2024").text("remarks")).isEqualTo("Ohne Beanstandung.");
		assertThat(as("koord.muenster").get("/funding/proofs-of-use/05315/2024").status()).isEqualTo(404);
		assertThat(as("koord.muenster").get("/funding/proofs-of-use/05515/2024").status()).isEqualTo(404);
	}
}
