package de.nrw.kim.dataimport;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6, spreadsheet import: upload, dry run with German problems per row, all-or-nothing import. */
@KimIntegrationTest
class DataImportApiIT {

	@LocalServerPort
	int port;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	int found(String name) {
		return cm().get("/clients?q=" + name).json().get("items").size();
	}

	@Test
	void aWindows1252CsvWithErrorsIsReportedPerRowAndNothingIsImported() {
		String name = ImportFiles.uniqueName();
		String csv = "Vorname;Nachname;Geburtsdatum;Geschlecht;Staatsangehörigkeit;Sprachen;Einreisedatum\r\n"
				+ "Jürgen;" + name + ";12.05.1990;männlich;DEU;de;01.02.2020\r\n"
				+ ";" + name + ";2099;weiblich;QQQ;uk;\r\n"
				+ "Anna;" + name + ";1985-13;q;SYR;ar;31.02.2021\r\n";
		var upload = ImportFiles.upload(cm(), "kunden.csv", csv.getBytes(Charset.forName("windows-1252")));
		assertThat(upload.status()).as(upload.raw().body()).isEqualTo(201);
		assertThat(upload.json().get("headers").toString()).contains("Staatsangehörigkeit");
		assertThat(upload.json().at("/mapping/nationalities").asString()).isEqualTo("Staatsangehörigkeit");
		assertThat(upload.json().at("/mapping/givenName").asString()).isEqualTo("Vorname");
		String id = upload.text("id");

		var dryRun = cm().post("/imports/" + id + "/dry-run", Map.of());
		assertThat(dryRun.status()).as(dryRun.raw().body()).isEqualTo(200);
		String problems = dryRun.json().get("problems").toString();
		assertThat(problems).contains("{\"row\":3,\"column\":\"Vorname\"", "{\"row\":3,\"column\":\"Staatsangehörigkeit\"",
				"{\"row\":3,\"column\":\"Geburtsdatum\"", "{\"row\":4,\"column\":\"Geschlecht\"", "{\"row\":4,\"column\":\"Einreisedatum\"");
		assertThat(problems).doesNotContain("\"row\":2,");

		var run = cm().post("/imports/" + id + "/run", Map.of());
		assertThat(run.status()).isEqualTo(400);
		assertThat(run.raw().body()).contains("es wurde nichts importiert");
		assertThat(found(name)).isZero();
	}

	@Test
	void aFixedFileIsImportedWithCasesInOneStepAndFoundInSearch() {
		String name = ImportFiles.uniqueName();
		String csv = "\uFEFFfirst name,last name,date of birth,gender,nationality,languages,Fall eröffnen\n"
				+ "Olena," + name + ",04.1988,w,UKR,\"uk, ru\",ja\n"
				+ "Samir," + name + ",1979,m,SYR,ar,nein\n";
		var upload = ImportFiles.upload(cm(), "liste.csv", csv.getBytes(StandardCharsets.UTF_8));
		String id = upload.text("id");
		assertThat(upload.json().at("/mapping/familyName").asString()).isEqualTo("last name");
		var dryRun = cm().post("/imports/" + id + "/dry-run", Map.of());
		assertThat(dryRun.json().get("problems").toString()).doesNotContain("ERROR");
		assertThat(dryRun.json().get("cases").asInt()).isEqualTo(1);

		var run = cm().post("/imports/" + id + "/run", Map.of());
		assertThat(run.status()).as(run.raw().body()).isEqualTo(200);
		assertThat(run.json().get("clients").asInt()).isEqualTo(2);
		assertThat(run.json().get("cases").asInt()).isEqualTo(1);
		var search = cm().get("/clients?q=Olena%20" + name);
		assertThat(search.json().get("items").get(0).get("familyName").asString()).isEqualTo(name);
		assertThat(search.json().get("items").get(0).get("birthDate").asString()).isEqualTo("1988-04");
		assertThat(ApiClient.as(port, "cm.muenster").get("/clients?q=" + name).json().get("items").size()).isZero();
		assertThat(cm().post("/imports/" + id + "/run", Map.of()).status()).as("an imported upload is gone").isEqualTo(404);

		var again = ImportFiles.upload(cm(), "liste.csv", csv.getBytes(StandardCharsets.UTF_8));
		var duplicates = cm().post("/imports/" + again.text("id") + "/dry-run", Map.of());
		assertThat(duplicates.json().get("problems").toString()).contains("Mögliche Dublette", "WARNING");
	}

	@Test
	void xlsxFormulasCountWithTheirValueAndTheMappingCanBeChosen() throws Exception {
		String name = ImportFiles.uniqueName();
		byte[] file = ImportFiles.xlsx(List.of(List.of("Rufname", "Familie", "Sex", "Land"),
				List.of("x", name, "weiblich", "UKR")), true);
		var upload = ImportFiles.upload(cm(), "export.xlsx", file);
		String id = upload.text("id");
		var missing = cm().post("/imports/" + id + "/dry-run", Map.of("mapping", Map.of("givenName", "Rufname")));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.raw().body()).contains("Bitte die Spalte für „Nachname“ zuordnen");
		var unknown = cm().post("/imports/" + id + "/dry-run", Map.of("mapping", Map.of("givenName", "Gibtsnicht")));
		assertThat(unknown.raw().body()).contains("Die Spalte „Gibtsnicht“ gibt es in der Datei nicht");

		Map<String, Object> mapping = Map.of("mapping", Map.of("givenName", "Rufname", "familyName", "Familie", "gender", "Sex",
				"nationalities", "Land"));
		assertThat(cm().post("/imports/" + id + "/dry-run", mapping).json().get("problems").size()).isZero();
		assertThat(cm().post("/imports/" + id + "/run", mapping).status()).isEqualTo(200);
		assertThat(cm().get("/clients?q=Oksana%20" + name).json().get("items").get(0).get("givenName").asString()).isEqualTo("Oksana");
	}

	@Test
	void limitsAndWrongFilesAreRefusedInGerman() {
		StringBuilder big = new StringBuilder("Vorname;Nachname;Geschlecht\n");
		for (int i = 0; i < 5001; i++) {
			big.append("Anna;Test;w\n");
		}
		var tooMany = ImportFiles.upload(cm(), "gross.csv", big.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.raw().body()).contains("5001 Datenzeilen", "höchstens 5000");
		var pdf = ImportFiles.upload(cm(), "brief.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
		assertThat(pdf.raw().body()).contains("Bitte eine XLSX- oder CSV-Datei hochladen");
		var broken = ImportFiles.upload(cm(), "kaputt.xlsx", "PK\u0003\u0004kaputt".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(broken.raw().body()).contains("lässt sich nicht als Excel-Tabelle (XLSX) lesen");
		var headerOnly = ImportFiles.upload(cm(), "leer.csv", "Vorname;Nachname\n".getBytes(StandardCharsets.UTF_8));
		assertThat(headerOnly.raw().body()).contains("nur die Kopfzeile");
	}

	@Test
	void onlyTheUploadingCaseManagerSeesTheUpload() {
		var upload = ImportFiles.upload(cm(), "a.csv", "Vorname;Nachname;Geschlecht\nAnna;Test;w\n".getBytes(StandardCharsets.UTF_8));
		String id = upload.text("id");
		assertThat(ApiClient.as(port, "cm2.koeln").get("/imports/" + id).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "cm.muenster").get("/imports/" + id).status()).isEqualTo(404);
		assertThat(ImportFiles.upload(ApiClient.as(port, "koord.koeln"), "a.csv", "Vorname\nA\n".getBytes(StandardCharsets.UTF_8))
				.status()).isEqualTo(403);
		assertThat(ImportFiles.upload(ApiClient.as(port, "land"), "a.csv", "Vorname\nA\n".getBytes(StandardCharsets.UTF_8))
				.status()).isEqualTo(403);
	}

	@Test
	void theTemplateHasTheHeadersAndAnExampleRowThatPassesTheDryRun() throws Exception {
		var template = cm().getBytes("/imports/template");
		assertThat(template.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Vorname");
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Geschlecht");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Kovalenko");
		}
		var upload = ImportFiles.upload(cm(), "vorlage.xlsx", template.body());
		var dryRun = cm().post("/imports/" + upload.text("id") + "/dry-run", Map.of());
		assertThat(dryRun.json().get("problems").toString()).doesNotContain("ERROR");
	}
}
