package de.nrw.kim.funding;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.Browser;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof of use of Münster for the running year: the factual report carries the case figures
 * (counts only, frozen on submission), the pass-through per recipient, and the PDF shows it all.
 */
@KimIntegrationTest
class FundingFactualReportIT {

	static final String RECIPIENT = "Testverein Weiterleitung e. V.";

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	@Test
	void theFactualReportCountsTheCasesOfTheYearAndKeepsThemFromSubmissionOn() throws Exception {
		int year = LocalDate.now().getYear();
		String proof = "/funding/proofs-of-use/05515/" + year;
		ApiClient.Response draft = as("koord.muenster").put(proof, Map.of("factualReport", "Vorläufiger Bericht."));
		assertThat(draft.status()).as(draft.raw().body()).isEqualTo(200);
		assertThat(draft.json().path("figuresAsOf").isNull()).isTrue();
		assertThat(draft.raw().body()).as("amounts in the stored computation keep two decimals")
				.containsPattern("\"eligibleAmount\":\\d+\\.\\d\\d[,}]").doesNotContainPattern("Amount\":\\d+\\.\\d[,}]");
		Map<String, Long> before = cases(draft.json());

		String first = openCase("Amal");
		openCase("Bilal");
		assertThat(as("cm.muenster").post("/cases/" + first + "/close", Map.of("reason", "MOVED_AWAY")).status()).isEqualTo(200);

		JsonNode live = as("koord.muenster").get(proof).json();
		Map<String, Long> after = cases(live);
		assertThat(after.get("newCases") - before.get("newCases")).isEqualTo(2);
		assertThat(after.get("activeCases") - before.get("activeCases")).isEqualTo(2);
		assertThat(after.get("openAtYearEnd") - before.get("openAtYearEnd")).isEqualTo(1);
		assertThat(after.get("closedCases") - before.get("closedCases")).isEqualTo(1);
		assertThat(after.get("closed.MOVED_AWAY") - before.get("closed.MOVED_AWAY")).isEqualTo(1);
		assertThat(live.toString()).doesNotContain("clientId", "caseId", "Amal");
		assertThat(cases(as("bewilligung").get(proof).json())).as("the grant authority reads the same counts")
				.isEqualTo(after);
		assertThat(as("cm.muenster").get(proof).status()).isEqualTo(403);

		ApiClient.Response submitted = as("koord.muenster").put(proof, Map.of("factualReport",
				"Die Fallzahlen sind gestiegen; Wartezeiten bei Sprachkursen bleiben ein Problem.", "version",
				draft.json().path("version").asInt()));
		assertThat(submitted.status()).isEqualTo(200);
		ApiClient.Response frozen = as("koord.muenster").post(proof + "/submit", Map.of());
		assertThat(frozen.text("figuresAsOf")).isEqualTo(frozen.text("submittedOn"));
		openCase("Chadi");
		assertThat(cases(as("land").get(proof).json())).as("frozen at submission").isEqualTo(after);
	}

	@Test
	void thePdfShowsAmountsPassThroughAndFigures() throws Exception {
		int year = 2022;
		assertThat(as("koord.muenster").post("/funding/positions", FundingPositionApiIT.position("fte", 0.5,
				"employerName", RECIPIENT, "employerKind", "WELFARE_ORG", "contract", "PERMANENT", "fixedTermUntil", null,
				"filledFrom", year + "-01-01")).status()).isEqualTo(201);
		JsonNode computed = as("bewilligung").post("/funding/proofs-of-use", Map.of("municipalityKey", "05515", "year", year)).json();
		JsonNode recipient = computed.path("passThrough").valueStream()
				.filter(r -> r.path("recipientName").asString().equals(RECIPIENT)).findFirst().orElseThrow();
		assertThat(recipient.path("recipientKind").asString()).isEqualTo("WELFARE_ORG");
		assertThat(recipient.path("amount").decimalValue()).isEqualByComparingTo("27500.00");

		String text = pdfText("bewilligung", "/api/v1/funding/proofs-of-use/05515/" + year + "/pdf");
		assertThat(text).contains("Verwendungsnachweis KIM – Förderjahr " + year, "Stadt Münster (05515)",
				computed.path("guidelineVersion").asString(), "Baustein 2 – Case Management",
				euros(computed.path("eligible").decimalValue()), euros(computed.path("paid").decimalValue()),
				RECIPIENT, "27.500,00 €", "neu eröffnete Fälle", "davon Wegzug");
		String balance = computed.path("repayment").decimalValue().signum() > 0
				? "Rückforderung (ausgezahlt minus förderfähig)" + euros(computed.path("repayment").decimalValue())
				: "Nachzahlung (förderfähig minus ausgezahlt)" + euros(computed.path("underpayment").decimalValue());
		assertThat(text.replace(" ", "")).as("label and amount side by side")
				.contains(balance.replace(" ", ""), (RECIPIENT + "Träger der Freien Wohlfahrtspflege (Weiterleitung)27.500,00 €")
						.replace(" ", ""));
		assertThat(FundingPages.getBytes(port, "koord.koeln", "/api/v1/funding/proofs-of-use/05515/" + year + "/pdf")
				.statusCode()).isEqualTo(404);
		assertThat(FundingPages.getBytes(port, "cm.muenster", "/api/v1/funding/proofs-of-use/05515/" + year + "/pdf")
				.statusCode()).isEqualTo(403);
	}

	@Test
	void aCheckedProofPrintsTheSubmittedReportAndTheRemarks() throws Exception {
		String proof = "/funding/proofs-of-use/05515/2023";
		as("koord.muenster").put(proof, Map.of("factualReport", "Aufbau des Case Managements abgeschlossen."));
		as("koord.muenster").post(proof + "/submit", Map.of());
		assertThat(as("bewilligung").post(proof + "/check", Map.of("remarks", "Nachweis vollständig.")).text("status"))
				.isEqualTo("CHECKED");
		String text = pdfText("koord.muenster", "/api/v1" + proof + "/pdf");
		assertThat(text).contains("Aufbau des Case Managements abgeschlossen.", "Prüfbemerkungen: Nachweis vollständig.",
				"Geprüft am", "Die Fallzahlen wurden beim Einreichen am");
	}

	@Test
	void theCoordinatorSeesTheFiguresAndPassThroughAndWritesTheReportInTheBrowser() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(Browser.available(), "Chromium und chromedriver sind nicht installiert");
		try (Browser browser = Browser.open(port)) {
			browser.login("koord.muenster");
			browser.go("/funding/proofs?year=2021");
			assertThat(browser.find("#figures-as-of").getText()).contains("Vorläufig");
			assertThat(browser.find("#figures-cases").getText()).contains("neu eröffnete Fälle", "davon Wegzug");
			assertThat(browser.findAll("#pass-through, #pass-through-none")).hasSize(1);
			assertThat(browser.find("#proof-pdf").getAttribute("href")).endsWith("/api/v1/funding/proofs-of-use/05515/2021/pdf");
			FundingBrowserIT.accessible(browser);
			browser.find("#factualReport").sendKeys("Zwei neue Stellen im Case Management besetzt.");
			browser.press("#proof-form button[value=save]");
			assertThat(browser.find("[role=status]").getText()).contains("Entwurf ist gespeichert");
			assertThat(browser.find("#factualReport").getAttribute("value")).contains("Zwei neue Stellen");
			FundingBrowserIT.accessible(browser);
		}
	}

	@Test
	void theFactualReportCountsTheReferralsOfTheYearByLegalDomain() {
		String proof = "/funding/proofs-of-use/05315/" + LocalDate.now().getYear();
		ApiClient.Response draft = as("koord.koeln").put(proof, Map.of("factualReport", "Vermittlungen im Aufbau."));
		assertThat(draft.status()).as(draft.raw().body()).isEqualTo(200);
		Map<String, Long> before = section(draft.json(), "referrals");
		ApiClient cm = as("cm.koeln");
		String client = cm.post("/clients", Map.of("givenName", "Dana", "familyName", "Sachbericht-Vermittlung",
				"gender", "FEMALE")).text("id");
		String caseId = cm.post("/cases", Map.of("clientId", client)).text("id");
		String jobcenter = cm.get("/partners?name=Jobcenter").json().path("items").get(0).path("id").asString();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
		assertThat(cm.post("/clients/" + client + "/consents", Map.of("partnerIds", java.util.List.of(jobcenter),
				"dataCategories", java.util.List.of("BASIC"), "purpose", "Vermittlung in Arbeit",
				"givenOn", today.toString(), "validUntil", today.plusMonths(6).toString())).status()).isEqualTo(201);
		ApiClient.Response referral = cm.post("/cases/" + caseId + "/referrals", Map.of("partnerId", jobcenter,
				"domain", "SGB_II", "dataCategories", java.util.List.of("BASIC"), "note", "Bitte Beratungstermin."));
		assertThat(referral.status()).as(referral.raw().body()).isEqualTo(201);

		JsonNode live = as("bewilligung").get(proof).json();
		Map<String, Long> after = section(live, "referrals");
		assertThat(after.get("total") - before.get("total")).isEqualTo(1);
		assertThat(after.get("domain.SGB_II") - before.get("domain.SGB_II")).isEqualTo(1);
		assertThat(after.get("domain.SGB_III")).isEqualTo(before.get("domain.SGB_III"));
		assertThat(live.toString()).doesNotContain("Sachbericht-Vermittlung", client);
	}

	private String openCase(String givenName) {
		String client = as("cm.muenster").post("/clients", Map.of("givenName", givenName, "familyName", "Sachbericht",
				"gender", "MALE")).text("id");
		return as("cm.muenster").post("/cases", Map.of("clientId", client)).text("id");
	}

	private static Map<String, Long> cases(JsonNode proof) {
		return section(proof, "cases");
	}

	private static Map<String, Long> section(JsonNode proof, String key) {
		JsonNode section = proof.path("figures").path("sections").valueStream()
				.filter(s -> s.path("key").asString().equals(key)).findFirst().orElseThrow();
		Map<String, Long> counts = new java.util.TreeMap<>();
		section.path("rows").forEach(row -> counts.put(row.path("key").asString(), row.path("count").asLong()));
		return counts;
	}

	private String pdfText(String user, String path) throws Exception {
		HttpResponse<byte[]> pdf = FundingPages.getBytes(port, user, path);
		assertThat(pdf.statusCode()).as(new String(pdf.body())).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		PdfReader reader = new PdfReader(pdf.body());
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		return text.toString().replaceAll("\\s+", " ");
	}

	private static String euros(java.math.BigDecimal amount) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.GERMANY);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount) + " €";
	}
}
