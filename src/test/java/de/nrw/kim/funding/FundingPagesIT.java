package de.nrw.kim.funding;

import java.net.http.HttpResponse;

import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every funding page renders for the roles that may use it, in German, and case managers get 403. */
@KimIntegrationTest
class FundingPagesIT {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({
			"koord.koeln, /funding/guidelines, Förderrichtlinie und Fördersätze",
			"koord.koeln, /, Geförderte Stellen Ihrer Kommune heute",
			"bewilligung, /, Eingereichte Anträge, die auf eine Entscheidung warten",
			"land, /, Geförderte Stellen landesweit heute",
			"land, /funding/guidelines, Förderrichtlinie und Fördersätze",
			"bewilligung, /funding/guidelines, Sätze 2025 ändern",
			"bewilligung, /funding/guidelines/6f1c0c1e-2024-4a00-9000-000000002024/rates/2026, Fördersätze 2026",
			"koord.koeln, /funding/positions, Neue Stelle erfassen",
			"koord.koeln, /funding/positions/new, Neue Stelle erfassen",
			"land, /funding/positions, alle Kommunen",
			"land, /funding/permanence, Schreiben als PDF erzeugen",
			"bewilligung, /funding/permanence?on=2030-06-30&region=KOELN, Anteil unbefristeter Stellen je Kommune",
			"koord.koeln, /funding/permanence, Ihre Kommune am",
			"koord.koeln, /funding/applications, Neuen Antrag stellen",
			"koord.koeln, /funding/applications/new, Geplante Stellen",
			"bewilligung, /funding/applications?status=SUBMITTED, Anträge und Bescheide",
			"land, /funding/budget, Haushalt und gesetzliche Mindestsumme",
			"koord.koeln, /funding/proofs?year=2025, Verwendungsnachweis einreichen",
			"bewilligung, /funding/proofs?year=2025&municipality=05515, Verwendungsnachweis Münster für 2025",
			"land, /funding/proofs?year=2019, keine Fördersätze",
			"land, /funding/budget/2027, Haushaltsdaten 2027",
	})
	void rendersForTheRole(String user, String path, String expectedText) {
		HttpResponse<String> page = FundingPages.get(port, user, path);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains(expectedText).contains("lang=\"de\"");
	}

	@Test
	void thePositionPageShowsItsStaffingFormsAndHistory() {
		String id = de.nrw.kim.support.ApiClient.as(port, "koord.koeln")
				.post("/funding/positions", FundingPositionApiIT.position()).text("id");
		HttpResponse<String> page = FundingPages.get(port, "koord.koeln", "/funding/positions/" + id);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("Besetzung ändern", "besetzt seit 01.03.2025", "angelegt");
		HttpResponse<String> readOnly = FundingPages.get(port, "bewilligung", "/funding/positions/" + id);
		assertThat(readOnly.body()).contains("besetzt seit").doesNotContain("Besetzung speichern");
		assertThat(FundingPages.get(port, "koord.muenster", "/funding/positions/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void theApplicationPageLetsTheGrantOfficerDecideAndThenOffersTheNotice() {
		de.nrw.kim.support.ApiClient coordinator = de.nrw.kim.support.ApiClient.as(port, "koord.koeln");
		String id = coordinator.post("/funding/applications", FundingGrantApiIT.application(2026)).text("id");
		coordinator.post("/funding/applications/" + id + "/submit", java.util.Map.of());
		HttpResponse<String> before = FundingPages.get(port, "bewilligung", "/funding/applications/" + id);
		assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
		assertThat(before.body()).contains("Bescheid erlassen", "eingereicht", "verspätet", "143.200,00 €");
		de.nrw.kim.support.ApiClient.as(port, "bewilligung").post("/funding/applications/" + id + "/decide",
				java.util.Map.of("decision", "APPROVED"));
		HttpResponse<String> after = FundingPages.get(port, "koord.koeln", "/funding/applications/" + id);
		assertThat(after.body()).contains("Bescheid als PDF herunterladen", "BRA-36-KIM-2026-05315-").doesNotContain("id=\"decide-form\"");
	}

	@ParameterizedTest
	@CsvSource({ "koord.koeln, /funding/budget", "cm.koeln, /funding/proofs", "cm.koeln, /funding/applications", "cm.koeln, /funding/guidelines", "cm.koeln, /funding/positions", "cm.koeln, /funding/permanence",
			"cm.koeln, /funding/permanence.csv" })
	void caseManagersAreTurnedAway(String user, String path) {
		assertThat(FundingPages.get(port, user, path).statusCode()).isEqualTo(403);
	}
}
