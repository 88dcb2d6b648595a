package de.nrw.kim.dataimport.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.nrw.kim.platform.ValidationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX file or a CSV file into a {@link Table}. CSV: separator {@code ;} or
 * {@code ,} (whichever the header row uses more), UTF-8 with or without BOM, otherwise Windows-1252.
 * XLSX: formula cells count with their last calculated value (never evaluated here), dates as ISO dates.
 * Limits: 5 MB, 5,000 data rows, 50 columns; empty rows are skipped.
 */
public final class SpreadsheetReader {

	public static final int MAX_BYTES = 5 * 1024 * 1024;
	public static final int MAX_ROWS = 5000;
	static final int MAX_COLUMNS = 50;
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private SpreadsheetReader() {
	}

	public static Table read(String filename, byte[] content) {
		String name = filename == null || filename.isBlank() ? "Tabelle" : filename.strip();
		if (content == null || content.length == 0) {
			throw new ValidationException("file", "Bitte eine Datei auswählen (XLSX oder CSV).");
		}
		if (content.length > MAX_BYTES) {
			throw new ValidationException("file", "Die Datei ist größer als 5 MB. Bitte teilen Sie sie in mehrere Dateien.");
		}
		String lower = name.toLowerCase(Locale.ROOT);
		List<List<String>> lines;
		if (lower.endsWith(".xlsx") || isZip(content)) {
			lines = xlsx(content);
		} else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
			lines = csv(text(content));
		} else {
			throw new ValidationException("file", "Bitte eine XLSX- oder CSV-Datei hochladen (alte XLS-Dateien bitte in Excel als XLSX speichern).");
		}
		lines.removeIf(line -> line.stream().allMatch(c -> c == null || c.isBlank()));
		if (lines.isEmpty()) {
			throw new ValidationException("file", "Die Datei enthält keine Zeilen.");
		}
		List<String> headers = lines.get(0).stream().map(h -> h == null ? "" : h.strip()).toList();
		if (headers.size() > MAX_COLUMNS) {
			throw new ValidationException("file", "Die Tabelle hat mehr als " + MAX_COLUMNS + " Spalten.");
		}
		List<List<String>> rows = new ArrayList<>(lines.subList(1, lines.size()));
		if (rows.isEmpty()) {
			throw new ValidationException("file", "Die Datei enthält nur die Kopfzeile, aber keine Datenzeile.");
		}
		if (rows.size() > MAX_ROWS) {
			throw new ValidationException("file", "Die Datei hat " + rows.size() + " Datenzeilen; höchstens " + MAX_ROWS
					+ " sind je Import möglich. Bitte teilen Sie sie auf.");
		}
		return new Table(name, headers, rows);
	}

	private static boolean isZip(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	static String text(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
			return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		} catch (CharacterCodingException e) {
			return new String(content, WINDOWS_1252);
		}
	}

	static List<List<String>> csv(String text) {
		String firstLine = text.lines().findFirst().orElse("");
		char separator = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
		List<List<String>> lines = new ArrayList<>();
		List<String> line = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			} else if (c == separator) {
				line.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				line.add(cell.toString());
				cell.setLength(0);
				lines.add(line);
				line = new ArrayList<>();
			} else {
				cell.append(c);
			}
		}
		if (!cell.isEmpty() || !line.isEmpty()) {
			line.add(cell.toString());
			lines.add(line);
		}
		return lines;
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(x -> x == c).count();
	}

	static List<List<String>> xlsx(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS + 1) {
				throw new ValidationException("file", "Die Datei hat mehr als " + MAX_ROWS
						+ " Datenzeilen; so viele sind je Import nicht möglich. Bitte teilen Sie sie auf.");
			}
			DataFormatter formatter = new DataFormatter(Locale.GERMANY);
			List<List<String>> lines = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.min(row.getLastCellNum(), MAX_COLUMNS + 1); c++) {
						cells.add(value(row.getCell(c), formatter));
					}
				}
				lines.add(cells);
			}
			return lines;
		} catch (IOException | RuntimeException e) {
			if (e instanceof ValidationException validation) {
				throw validation;
			}
			throw new ValidationException("file", "Die Datei lässt sich nicht als Excel-Tabelle (XLSX) lesen.");
		}
	}

	/** A cell's text; a formula counts with its cached result, so nothing is calculated or run here. */
	private static String value(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nein";
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
					: numeric(cell.getNumericCellValue());
			default -> cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
		};
	}

	private static String numeric(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.valueOf((long) value);
		}
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
