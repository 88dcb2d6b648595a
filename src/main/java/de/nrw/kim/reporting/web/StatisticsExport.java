package de.nrw.kim.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A statistics table as CSV (UTF-8 with BOM, semicolons, formula-safe) or XLSX. A suppressed cell is
 * empty in both and the row says "gesperrt" — never the number.
 */
final class StatisticsExport {

	private StatisticsExport() {
	}

	record Table(String title, List<String> header, List<List<Object>> rows) {
	}

	static byte[] csv(Table table) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(table.header().stream().map(CsvCells::cell).collect(Collectors.joining(";"))).append("\r\n");
		for (List<Object> row : table.rows()) {
			out.append(row.stream().map(CsvCells::cell).collect(Collectors.joining(";"))).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(Table table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(table.title());
			Row header = sheet.createRow(0);
			for (int i = 0; i < table.header().size(); i++) {
				header.createCell(i).setCellValue(table.header().get(i));
			}
			int r = 1;
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof Number n) {
						row.createCell(i).setCellValue(n.doubleValue());
					} else if (value != null) {
						row.createCell(i).setCellValue(value.toString());
					}
				}
			}
			sheet.createFreezePane(1, 1);
			workbook.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Object> row(Object... cells) {
		return new ArrayList<>(java.util.Arrays.asList(cells));
	}
}
