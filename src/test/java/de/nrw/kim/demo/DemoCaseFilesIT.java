package de.nrw.kim.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.nrw.kim.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The first start of the demo profile brings realistic case files in every phase. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kim.ephemeral=true", "kim.data-dir=target/test-db", "kim.demo.case-files=true" })
class DemoCaseFilesIT {

	@LocalServerPort
	int port;

	List<JsonNode> cases(String user) {
		return ApiClient.as(port, user).get("/cases?size=200").json().path("items").valueStream().toList();
	}

	@Test
	void everyRowOfTheDemoFileBecameAClientWithACase() {
		long rows = DemoCaseFiles.read().size();
		long cases = List.of("cm.koeln", "cm2.koeln", "cm.caritas.koeln", "cm.muenster").stream()
				.mapToLong(user -> cases(user).stream().filter(c -> c.path("caseManager").asString().equals(user)).count())
				.sum();
		assertThat(rows).isGreaterThanOrEqualTo(40);
		assertThat(cases).isEqualTo(rows);
	}

	@Test
	void koelnHasCasesInEveryPhase() {
		Set<String> phases = cases("cm.koeln").stream().map(c -> c.path("phase").asString()).collect(Collectors.toSet());
		assertThat(phases).containsExactlyInAnyOrder("INTAKE", "ASSESSMENT", "PLANNING", "IMPLEMENTATION", "CLOSED");
		Set<String> muenster = cases("cm.muenster").stream().map(c -> c.path("phase").asString()).collect(Collectors.toSet());
		assertThat(muenster).hasSize(5);
	}

	@Test
	void namesInOriginalScriptAreFoundFromTheirLatinSpelling() {
		JsonNode hits = ApiClient.as(port, "cm.koeln").get("/clients?q=Oleksandr%20Kovalenko").json().path("items");
		assertThat(hits.size()).isPositive();
		String id = hits.get(0).path("id").asString();
		assertThat(ApiClient.as(port, "cm.koeln").get("/clients/" + id).text("originalScriptName"))
				.isEqualTo("Олександр Коваленко");
	}

	@Test
	void aCaseInImplementationHasItsFileContents() {
		JsonNode kase = cases("cm.koeln").stream().filter(c -> c.path("phase").asString().equals("IMPLEMENTATION"))
				.findFirst().orElseThrow();
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		String id = kase.path("id").asString();
		assertThat(cm.get("/cases/" + id + "/assessments").json().toString()).contains("\"need\"", "\"domain\"");
		assertThat(cm.get("/cases/" + id + "/goals").json().toString()).contains("OPEN");
		assertThat(cm.get("/cases/" + id + "/contacts").json().path("total").asInt()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theWelfareOrganisationSeesOnlyItsOwnCases() {
		assertThat(cases("cm.caritas.koeln")).isNotEmpty()
				.allSatisfy(c -> assertThat(c.path("caseManager").asString()).isEqualTo("cm.caritas.koeln"));
	}
}
