package de.nrw.kim.reporting.web;

/**
 * One CSV cell for German spreadsheets (semicolon separated): quoted when needed, and a leading
 * apostrophe before = + - @, tab or carriage return so that no cell can run as a formula.
 */
final class CsvCells {

	private CsvCells() {
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
