package de.nrw.kim.funding;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class FundingPermanenceApiIT {

	static final String ON = "2030-06-30";

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	JsonNode koelnRow(String user) {
		return as(user).get("/funding/permanence?on=" + ON).json().path("municipalities").valueStream()
				.filter(m -> m.path("key").asString().equals("05315")).findFirst().orElseThrow();
	}

	static BigDecimal dec(JsonNode node, String field) {
		return node.path(field).decimalValue();
	}

	@Nested
	class Figures {

		@Test
		void countEveryExistingPositionOnTheDateFilledOrVacant() {
			JsonNode before = koelnRow("land");
			as("koord.koeln").post("/funding/positions", FundingPositionApiIT.position("contract", "PERMANENT",
					"fixedTermUntil", null, "filledFrom", "2030-01-01"));
			as("koord.koeln").post("/funding/positions", FundingPositionApiIT.position("fte", 0.5, "filledFrom", null,
					"vacantFrom", "2030-01-01", "fixedTermUntil", "2030-12-31"));
			as("koord.koeln").post("/funding/positions", FundingPositionApiIT.position("filledFrom", "2030-07-01",
					"fixedTermUntil", "2031-12-31"));
			JsonNode after = koelnRow("land");
			assertThat(dec(after, "fteTotal").subtract(dec(before, "fteTotal"))).isEqualByComparingTo("1.5");
			assertThat(dec(after, "ftePermanent").subtract(dec(before, "ftePermanent"))).isEqualByComparingTo("1.0");
			assertThat(dec(after, "fteFixedTerm").subtract(dec(before, "fteFixedTerm"))).isEqualByComparingTo("0.5");
			assertThat(dec(after, "fteVacant").subtract(dec(before, "fteVacant"))).isEqualByComparingTo("0.5");
			assertThat(after.path("fixedTermEndingWithin12Months").asInt() - before.path("fixedTermEndingWithin12Months").asInt())
					.isEqualTo(1);
		}

		@Test
		void addUpAndGiveTheSharePermanentWithFourDecimals() {
			as("koord.muenster").post("/funding/positions", FundingPositionApiIT.position("fte", 0.75,
					"employerName", "Stadt Münster", "filledFrom", "2029-01-01", "fixedTermUntil", "2031-01-31"));
			ApiClient.Response response = as("bewilligung").get("/funding/permanence?on=" + ON);
			assertThat(response.status()).isEqualTo(200);
			JsonNode json = response.json();
			assertThat(json.path("municipalities").size()).isEqualTo(54);
			assertThat(json.path("regions").valueStream().map(r -> r.path("region").asString()))
					.containsExactlyInAnyOrder("ARNSBERG", "DETMOLD", "DUESSELDORF", "KOELN", "MUENSTER");
			List<JsonNode> rows = new java.util.ArrayList<>(json.path("municipalities").valueStream().toList());
			rows.addAll(json.path("regions").valueStream().toList());
			rows.add(json.path("state"));
			for (JsonNode row : rows) {
				assertThat(dec(row, "ftePermanent").add(dec(row, "fteFixedTerm"))).isEqualByComparingTo(dec(row, "fteTotal"));
				assertThat(dec(row, "fteVacant")).isLessThanOrEqualTo(dec(row, "fteTotal"));
				if (dec(row, "fteTotal").signum() > 0) {
					assertThat(dec(row, "permanentShare")).isEqualByComparingTo(
							dec(row, "ftePermanent").divide(dec(row, "fteTotal"), 4, RoundingMode.HALF_UP));
				}
			}
			BigDecimal sum = json.path("municipalities").valueStream().map(m -> dec(m, "fteTotal")).reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(dec(json.path("state"), "fteTotal")).isEqualByComparingTo(sum);
			assertThat(response.raw().body()).containsPattern("\"state\":\\{[^}]*\"permanentShare\":[01]\\.\\d{4}[,}]");
		}

		@Test
		void aCoordinatorSeesOnlyTheOwnMunicipality() {
			JsonNode json = as("koord.koeln").get("/funding/permanence?on=" + ON).json();
			assertThat(json.path("municipalities").valueStream().map(m -> m.path("key").asString())).containsExactly("05315");
			assertThat(json.path("scope").asString()).isEqualTo("MUNICIPALITY");
			assertThat(dec(json.path("state"), "fteTotal")).isEqualByComparingTo(dec(json.path("municipalities").get(0), "fteTotal"));
		}

		@Test
		void caseManagersAreRefused() {
			assertThat(as("cm.koeln").get("/funding/permanence?on=" + ON).status()).isEqualTo(403);
		}
	}

	@Nested
	class Letters {

		@Test
		void oneFormalLetterPerMunicipalityToItsHeadOfAdministration() throws Exception {
			as("koord.koeln").post("/funding/positions", FundingPositionApiIT.position("filledFrom", "2030-01-01"));
			HttpResponse<byte[]> response = FundingPages.postJsonForBytes(port, "land", "/api/v1/funding/letters",
					"{\"municipalityKeys\":[\"05315\",\"05154\",\"05334\"],\"on\":\"" + ON + "\"}");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
			byte[] pdf = response.body();
			assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
			PdfReader reader = new PdfReader(pdf);
			assertThat(reader.getNumberOfPages()).isEqualTo(3);
			PdfTextExtractor text = new PdfTextExtractor(reader);
			String koeln = text.getTextFromPage(1);
			assertThat(koeln).contains("Stadt Köln", "Oberbürgermeister*in", "§ 9", "unbefristet", "30.06.2030",
					"Sehr geehrte*r Oberbürgermeister*in");
			assertThat(text.getTextFromPage(2)).contains("Kreis Kleve", "Landrät*in");
			assertThat(text.getTextFromPage(3)).contains("Städteregion Aachen", "Städteregionsrat*rätin");
		}

		@Test
		void onlyTheMinistryWritesLettersAndUnknownMunicipalitiesAreRejected() {
			Map<String, Object> body = Map.of("municipalityKeys", List.of("05315"), "on", ON);
			assertThat(as("bewilligung").post("/funding/letters", body).status()).isEqualTo(403);
			assertThat(as("koord.koeln").post("/funding/letters", body).status()).isEqualTo(403);
			ApiClient.Response unknown = as("land").post("/funding/letters", Map.of("municipalityKeys", List.of("05999"), "on", ON));
			assertThat(unknown.status()).isEqualTo(400);
			assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("municipalityKeys");
			assertThat(as("land").post("/funding/letters", Map.of("municipalityKeys", List.of(), "on", ON)).status()).isEqualTo(400);
		}
	}

	@Nested
	class Exports {

		@Test
		void csvIsGermanExcelWithOneRowPerMunicipalityRegionAndState() {
			HttpResponse<String> csv = FundingPages.get(port, "land", "/funding/permanence.csv?on=" + ON);
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
			assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
			String[] lines = csv.body().split("\r\n");
			assertThat(lines[0]).startsWith("\uFEFFStichtag;Ebene;Schlüssel;Name");
			assertThat(lines).hasSize(1 + 54 + 5 + 1);
			assertThat(csv.body()).contains(ON + ";Kommune;05315;Köln;KOELN;");
		}

		@Test
		void xlsxOpensWithTheSameRows() throws Exception {
			HttpResponse<byte[]> xlsx = FundingPages.getBytes(port, "bewilligung", "/funding/permanence.xlsx?on=" + ON + "&region=KOELN");
			assertThat(xlsx.statusCode()).isEqualTo(200);
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
				var sheet = workbook.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Regierungsbezirk");
				assertThat(sheet.getLastRowNum()).isEqualTo(12 + 1 + 1);
			}
		}
	}
}
