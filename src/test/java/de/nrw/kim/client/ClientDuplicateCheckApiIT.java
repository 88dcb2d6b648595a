package de.nrw.kim.client;

import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class ClientDuplicateCheckApiIT {

	@LocalServerPort
	int port;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	String create(String given, String family, String birthDate) {
		return cm().post("/clients", Map.of("givenName", given, "familyName", family, "birthDate", birthDate,
				"gender", "FEMALE")).text("id");
	}

	List<String> candidates(ApiClient as, Map<String, Object> body) {
		ApiClient.Response response = as.post("/clients/duplicate-check", body);
		assertThat(response.status()).isEqualTo(200);
		return response.json().path("candidates").valueStream().map(c -> c.path("id").asString()).toList();
	}

	@Test
	void meierAndMayerWithTheSameBirthYearIsACandidateWithAScore() {
		String given = TestNames.unique().latin();
		String id = create(given, "Meier", "1985-03-02");
		ApiClient.Response response = cm().post("/clients/duplicate-check",
				Map.of("givenName", given, "familyName", "Mayer", "birthDate", "1985"));
		assertThat(response.json().path("candidates").get(0).path("id").asString()).isEqualTo(id);
		assertThat(response.json().path("candidates").get(0).path("score").asDouble()).isBetween(0.7, 1.0);
	}

	@Test
	void anUnrelatedFamilyNameIsNoCandidate() {
		String given = TestNames.unique().latin();
		String id = create(given, "Meier", "1985");
		assertThat(candidates(cm(), Map.of("givenName", given, "familyName", "Schulz", "birthDate", "1985")))
				.doesNotContain(id);
	}

	@Test
	void birthDatesMustBeAbleToBeTheSameDay() {
		String given = TestNames.unique().latin();
		String id = create(given, "Meier", "1985-04");
		assertThat(candidates(cm(), Map.of("givenName", given, "familyName", "Meier", "birthDate", "1985-05"))).doesNotContain(id);
		assertThat(candidates(cm(), Map.of("givenName", given, "familyName", "Meier", "birthDate", "1984"))).doesNotContain(id);
		assertThat(candidates(cm(), Map.of("givenName", given, "familyName", "Meier", "birthDate", "1985-04-30"))).contains(id);
		assertThat(candidates(cm(), Map.of("givenName", given, "familyName", "Meier"))).contains(id);
	}

	@Test
	void swappedNamesAndOtherScriptsAreCandidatesToo() {
		TestNames token = TestNames.unique();
		String id = create("Oleksandr", token.latin(), "1990");
		assertThat(candidates(cm(), Map.of("givenName", token.latin(), "familyName", "Oleksandr"))).contains(id);
		assertThat(candidates(cm(), Map.of("givenName", "Олександр", "familyName", token.cyrillic()))).contains(id);
	}

	@Test
	void onlyClientsTheCallerMaySeeAreCandidates() {
		String given = TestNames.unique().latin();
		String id = create(given, "Meier", "1985");
		Map<String, Object> body = Map.of("givenName", given, "familyName", "Meier", "birthDate", "1985");
		assertThat(candidates(ApiClient.as(port, "cm.muenster"), body)).doesNotContain(id);
		assertThat(candidates(ApiClient.as(port, "cm.caritas.koeln"), body)).doesNotContain(id);
		assertThat(candidates(ApiClient.as(port, "cm2.koeln"), body)).contains(id);
		assertThat(ApiClient.as(port, "land").post("/clients/duplicate-check", body).status()).isEqualTo(403);
	}

	@Test
	void invalidInputGetsFieldErrors() {
		ApiClient.Response rejected = cm().post("/clients/duplicate-check",
				Map.of("givenName", " ", "familyName", "Meier", "birthDate", "1985-13"));
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.contentType()).startsWith("application/problem+json");
		assertThat(rejected.json().path("errors").valueStream().map(e -> e.path("field").asString()))
				.containsExactlyInAnyOrder("givenName", "birthDate");
		assertThat(cm().postRaw("/clients/duplicate-check", "application/json", "{").status()).isEqualTo(400);
	}
}
