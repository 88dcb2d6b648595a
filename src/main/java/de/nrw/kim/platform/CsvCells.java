package de.nrw.kim.platform;

import java.math.BigDecimal;
import java.util.List;

/**
 * CSV for German spreadsheets (semicolon, decimal comma) that cannot smuggle formulas: a text cell
 * starting with {@code = + - @}, tab or carriage return gets a leading apostrophe, so a name like
 * {@code =HYPERLINK(…)} is shown, never run (OWASP "CSV injection"). Numbers the application
 * formats itself are written as numbers.
 */
public final class CsvCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvCells() {
	}

	/** A text cell: neutralised, then quoted where the CSV syntax needs it. */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			safe = "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	/** A number with decimal comma, e.g. {@code -1,50}. */
	public static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString().replace('.', ',');
	}

	/** One line of text cells, separated by semicolons and ended with CRLF. */
	public static String line(List<String> cells) {
		return String.join(";", cells.stream().map(CsvCells::text).toList()) + "\r\n";
	}
}
