package de.nrw.kim.funding.permanence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.platform.CsvCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The permanence figures as CSV (German Excel: semicolons, decimal comma, UTF-8 with BOM) and XLSX.
 * Text cells go through the platform's {@link CsvCells}, so an exported name can never run as a formula.
 */
public final class PermanenceExport {

	static final String[] HEADER = { "Stichtag", "Ebene", "Schlüssel", "Name", "Regierungsbezirk", "VZÄ gesamt", "VZÄ unbefristet",
			"VZÄ befristet", "VZÄ unbesetzt", "Anteil unbefristet", "Befristung endet in 12 Monaten", "Stellen",
			"unbesetzte Stellen", "Stellen mit KW-Vermerk" };

	private PermanenceExport() {
	}

	public static byte[] csv(PermanenceReport report) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(CsvCells.line(List.of(HEADER)));
		for (List<Object> row : rows(report)) {
			line(out, row.stream().map(PermanenceExport::csvValue).toList());
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx(PermanenceReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Verstetigung " + report.on());
			CellStyle fte = workbook.createCellStyle();
			fte.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			CellStyle share = workbook.createCellStyle();
			share.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.length; i++) {
				header.createCell(i).setCellValue(HEADER[i]);
			}
			int r = 1;
			for (List<Object> values : rows(report)) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					Cell cell = row.createCell(i);
					if (value instanceof BigDecimal number) {
						cell.setCellValue(number.doubleValue());
						cell.setCellStyle(i == 9 ? share : fte);
					} else if (value instanceof Integer count) {
						cell.setCellValue(count);
					} else if (value != null) {
						cell.setCellValue(value.toString());
					}
				}
			}
			for (int i = 0; i < HEADER.length; i++) {
				sheet.autoSizeColumn(i);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<List<Object>> rows(PermanenceReport report) {
		List<List<Object>> rows = new ArrayList<>();
		for (PermanenceReport.MunicipalityFigures m : report.municipalities()) {
			rows.add(row(report, "Kommune", m.municipality().key(), m.municipality().name(), m.municipality().region(), m.figures()));
		}
		for (PermanenceReport.RegionFigures region : report.regions()) {
			rows.add(row(report, "Regierungsbezirk", region.region(), "", region.region(), region.figures()));
		}
		rows.add(row(report, report.scope() == PermanenceReport.Scope.STATE ? "Land" : "gesamt", "NRW", "Nordrhein-Westfalen", "",
				report.state()));
		return rows;
	}

	private static List<Object> row(PermanenceReport report, String level, String key, String name, String region,
			PermanenceFigures f) {
		List<Object> row = new ArrayList<>();
		row.add(report.on().toString());
		row.add(level);
		row.add(key);
		row.add(name);
		row.add(region);
		row.add(f.fteTotal());
		row.add(f.ftePermanent());
		row.add(f.fteFixedTerm());
		row.add(f.fteVacant());
		row.add(f.permanentShare());
		row.add(f.fixedTermEndingWithin12Months());
		row.add(f.positions());
		row.add(f.vacantPositions());
		row.add(f.phaseOutPositions());
		return row;
	}

	private static String csvValue(Object value) {
		if (value instanceof BigDecimal number) {
			return CsvCells.number(number);
		}
		return CsvCells.text(value == null ? null : value.toString());
	}

	private static void line(StringBuilder out, List<String> cells) {
		out.append(String.join(";", cells)).append("\r\n");
	}

	static String cell(String value) {
		return CsvCells.text(value);
	}
}
