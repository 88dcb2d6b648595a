package de.nrw.kim.dataimport.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.client.ClientImport;

/**
 * Turns a spreadsheet row into what the client API expects: German dates (15.03.1990, 03.1990) become
 * ISO dates, German and English genders become the API's codes, lists are split at comma, semicolon
 * or slash. Everything else is left as typed, so the client API's validation judges it.
 */
final class RowReader {

	private static final Pattern GERMAN_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
	private static final Pattern GERMAN_MONTH = Pattern.compile("(\\d{1,2})\\.(\\d{4})");

	private RowReader() {
	}

	static ClientImport.Row client(Table table, int row, Mapping mapping) {
		return new ClientImport.Row(text(table, row, mapping, Target.GIVEN_NAME), text(table, row, mapping, Target.FAMILY_NAME),
				text(table, row, mapping, Target.ORIGINAL_SCRIPT_NAME), date(text(table, row, mapping, Target.BIRTH_DATE)),
				gender(text(table, row, mapping, Target.GENDER)),
				list(text(table, row, mapping, Target.NATIONALITIES), true), list(text(table, row, mapping, Target.LANGUAGES), false),
				date(text(table, row, mapping, Target.ARRIVAL_DATE)), text(table, row, mapping, Target.PHONE),
				text(table, row, mapping, Target.EMAIL));
	}

	/** Whether to open a case: yes unless the column says no; an unmapped column means yes for everyone. */
	static Boolean openCase(Table table, int row, Mapping mapping) {
		if (mapping.column(Target.OPEN_CASE) == null) {
			return true;
		}
		String value = text(table, row, mapping, Target.OPEN_CASE);
		String normal = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		return switch (normal) {
			case "ja", "j", "x", "yes", "y", "1", "true", "wahr" -> true;
			case "", "nein", "n", "no", "0", "false", "falsch", "-" -> false;
			default -> null;
		};
	}

	private static String text(Table table, int row, Mapping mapping, Target target) {
		String value = table.cell(row, mapping.column(target));
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String date(String value) {
		if (value == null) {
			return null;
		}
		Matcher day = GERMAN_DAY.matcher(value);
		if (day.matches()) {
			return "%s-%02d-%02d".formatted(day.group(3), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1)));
		}
		Matcher month = GERMAN_MONTH.matcher(value);
		if (month.matches()) {
			return "%s-%02d".formatted(month.group(2), Integer.parseInt(month.group(1)));
		}
		return value;
	}

	static String gender(String value) {
		if (value == null) {
			return null;
		}
		return switch (Target.normal(value)) {
			case "w", "weiblich", "f", "female", "frau" -> "FEMALE";
			case "m", "mannlich", "male", "mann" -> "MALE";
			case "d", "divers", "diverse", "x" -> "DIVERSE";
			case "keine angabe", "ka", "k a", "unbekannt", "unspecified", "ohne angabe" -> "UNSPECIFIED";
			default -> value.toUpperCase(Locale.ROOT);
		};
	}

	static List<String> list(String value, boolean upper) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("[,;/|]")).map(String::strip).filter(s -> !s.isEmpty())
				.map(s -> upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT)).toList();
	}
}
