package de.nrw.kim.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.reporting.internal.EvaluationExtract;
import de.nrw.kim.reporting.internal.ExtractLog;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pseudonymised evaluation extract (MINISTRY_ANALYST) as CSV or XLSX, and its data dictionary. */
@RestController
@RequestMapping("/api/v1/statistics/evaluation-extract")
@Tag(name = "Auswertung")
class EvaluationExtractController {

	private final EvaluationExtract extracts;
	private final ExtractLog log;

	EvaluationExtractController(EvaluationExtract extracts, ExtractLog log) {
		this.extracts = extracts;
		this.log = log;
	}

	@GetMapping("/log")
	PageResult<ExtractLog.Entry> log(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return log.page(Paging.of(page, size));
	}

	@GetMapping
	ResponseEntity<byte[]> extract(@RequestParam(required = false) Integer fromYear,
			@RequestParam(required = false) Integer toYear, @RequestParam(defaultValue = "csv") String format) {
		EvaluationExtract.Extract extract = extracts.extract(fromYear, toYear, format);
		return download(extract, format);
	}

	static ResponseEntity<byte[]> download(EvaluationExtract.Extract extract, String format) {
		String name = "kim-evaluation-" + extract.fromYear() + "-" + extract.toYear();
		StatisticsExport.Table data = new StatisticsExport.Table("Auszug", EvaluationExtract.COLUMNS, extract.rows());
		StatisticsExport.Table dictionary = new StatisticsExport.Table("Datenbeschreibung", List.of("Spalte", "Bedeutung"),
				EvaluationExtract.dictionary());
		if (format.equals("csv")) {
			return file(StatisticsExport.csv(data), new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
		}
		return file(workbook(data, dictionary), MediaType.parseMediaType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), name + ".xlsx");
	}

	@GetMapping("/dictionary")
	ResponseEntity<byte[]> dictionary() {
		return file(StatisticsExport.csv(new StatisticsExport.Table("Datenbeschreibung", List.of("Spalte", "Bedeutung"),
				EvaluationExtract.dictionary())), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"kim-evaluation-datenbeschreibung.csv");
	}

	private static byte[] workbook(StatisticsExport.Table... tables) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (StatisticsExport.Table table : tables) {
				Sheet sheet = workbook.createSheet(table.title());
				Row header = sheet.createRow(0);
				for (int i = 0; i < table.header().size(); i++) {
					header.createCell(i).setCellValue(table.header().get(i));
				}
				int r = 1;
				for (List<Object> values : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int i = 0; i < values.size(); i++) {
						Object v = values.get(i);
						if (v instanceof Number n) {
							row.createCell(i).setCellValue(n.doubleValue());
						} else if (v != null) {
							row.createCell(i).setCellValue(v.toString());
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok().contentType(type)
				.header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
				.body(body);
	}
}
