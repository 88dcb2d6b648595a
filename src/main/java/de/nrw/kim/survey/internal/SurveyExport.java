package de.nrw.kim.survey.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.survey.internal.Questionnaire.Question;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The results of a survey for spreadsheets. CSV (German Excel: semicolons, decimal comma, UTF-8 with
 * BOM) holds the answers per municipality, one column per question; XLSX holds the same as a second
 * sheet after the aggregated counts. Cells that a spreadsheet would take for a formula get a leading
 * apostrophe in CSV and are written as text cells in XLSX, so an answer can never run as a formula.
 */
public final class SurveyExport {

	private SurveyExport() {
	}

	public static byte[] csv(SurveyResults results) {
		StringBuilder out = new StringBuilder("\uFEFF");
		for (List<Object> row : answerRows(results)) {
			line(out, row.stream().map(SurveyExport::text).toList());
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx(SurveyResults results) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle share = workbook.createCellStyle();
			share.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			Sheet counts = workbook.createSheet("Ergebnisse");
			List<List<Object>> rows = new ArrayList<>();
			rows.add(List.of("Nr.", "Abschnitt", "Frage", "Antwort", "Anzahl", "Anteil", "beantwortet von"));
			for (SurveyResults.QuestionResult q : results.questions()) {
				for (SurveyResults.Count c : q.counts()) {
					rows.add(cells(q.question().id(), q.section(), q.question().text(), c.label(), c.count(), c.share(), q.answered()));
				}
				if (q.figures() != null) {
					rows.add(cells(q.question().id(), q.section(), q.question().text(), "Mittelwert", q.figures().mean(), null, q.answered()));
					rows.add(cells(q.question().id(), q.section(), q.question().text(), "Median", q.figures().median(), null, q.answered()));
				}
				for (SurveyResults.TextAnswer t : q.texts()) {
					rows.add(cells(q.question().id(), q.section(), q.question().text(), t.municipalityName() + ": " + t.text(), null, null, q.answered()));
				}
			}
			fill(counts, rows, share, 5);
			fill(workbook.createSheet("Antworten je Kommune"), answerRows(results), share, -1);
			workbook.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Object> cells(Object... values) {
		List<Object> list = new ArrayList<>();
		java.util.Collections.addAll(list, values);
		return list;
	}

	private static void fill(Sheet sheet, List<List<Object>> rows, CellStyle share, int shareColumn) {
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r);
			List<Object> values = rows.get(r);
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				if (value instanceof BigDecimal number) {
					row.createCell(i).setCellValue(number.doubleValue());
					if (i == shareColumn) {
						row.getCell(i).setCellStyle(share);
					}
				} else if (value instanceof Integer count) {
					row.createCell(i).setCellValue(count);
				} else if (value != null) {
					row.createCell(i).setCellValue(value.toString());
				}
			}
		}
		sheet.createFreezePane(0, 1);
		for (int i = 0; i < Math.min(rows.get(0).size(), 8); i++) {
			sheet.autoSizeColumn(i);
		}
	}

	static List<List<Object>> answerRows(SurveyResults results) {
		List<Question> questions = results.survey().questionnaire().questions();
		List<List<Object>> rows = new ArrayList<>();
		List<Object> header = cells("Gemeindeschlüssel", "Kommune", "Status", "abgegeben am");
		questions.forEach(q -> header.add(q.id() + " " + q.text()));
		rows.add(header);
		for (SurveyService.RecipientStatus s : results.status()) {
			Response response = s.response();
			List<Object> row = cells(s.municipality().key(), s.municipality().name(), statusText(response.status()),
					response.submittedAt() == null ? "" : response.submittedAt().toLocalDate().toString());
			for (Question q : questions) {
				Object value = response.answers().get(q.id());
				row.add(value instanceof List<?> list ? String.join(" | ", list.stream().map(String::valueOf).toList())
						: value instanceof Integer i ? BigDecimal.valueOf(i) : value);
			}
			rows.add(row);
		}
		return rows;
	}

	static String statusText(Response.Status status) {
		return switch (status) {
			case NOT_STARTED -> "nicht begonnen";
			case DRAFT -> "Entwurf";
			case SUBMITTED -> "abgegeben";
		};
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString().replace('.', ',');
		}
		return value.toString();
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(';');
			}
			out.append(cell(cells.get(i)));
		}
		out.append("\r\n");
	}

	/** Neutralises formula injection, then quotes where the CSV syntax needs it. */
	static String cell(String value) {
		String safe = value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			safe = "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
