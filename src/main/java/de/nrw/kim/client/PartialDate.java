package de.nrw.kim.client;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only as precisely as the person knows it: a year ("1990"), a month ("1990-05") or a
 * day ("1990-05-17"). It is kept exactly as entered — never completed to 1 January, which would
 * invent facts and break age and eligibility rules.
 */
public record PartialDate(int year, Integer month, Integer day) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public PartialDate {
		if (year < 1900 || year > 2999) {
			throw new IllegalArgumentException("Das Jahr muss zwischen 1900 und heute liegen.");
		}
		if (month == null && day != null) {
			throw new IllegalArgumentException("Ein Tag ohne Monat ist nicht möglich.");
		}
		if (month != null && (month < 1 || month > 12)) {
			throw new IllegalArgumentException("Den Monat " + month + " gibt es nicht.");
		}
		if (day != null) {
			try {
				LocalDate.of(year, month, day);
			} catch (DateTimeException e) {
				throw new IllegalArgumentException("Den Tag " + String.format("%04d-%02d-%02d", year, month, day)
						+ " gibt es nicht.");
			}
		}
	}

	/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is refused with a German message. */
	public static PartialDate parse(String text) {
		Matcher m = text == null ? null : FORMAT.matcher(text.trim());
		if (m == null || !m.matches()) {
			throw new IllegalArgumentException("Bitte als JJJJ, JJJJ-MM oder JJJJ-MM-TT angeben.");
		}
		return new PartialDate(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)),
				m.group(3) == null ? null : Integer.parseInt(m.group(3)));
	}

	/** The earliest day this date can stand for. */
	public LocalDate earliest() {
		return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
	}

	/** The latest day this date can stand for. */
	public LocalDate latest() {
		if (month == null) {
			return LocalDate.of(year, 12, 31);
		}
		return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
	}

	/**
	 * Whether both can stand for the same day: one contains the other (1990 and 1990-05-17 are
	 * compatible, 1990-04 and 1990-05 are not). Used to tell likely duplicates apart.
	 */
	public boolean isCompatibleWith(PartialDate other) {
		return year == other.year && (month == null || other.month == null
				|| (month.equals(other.month) && (day == null || other.day == null || day.equals(other.day))));
	}

	public boolean isAfter(LocalDate date) {
		return earliest().isAfter(date);
	}

	@Override
	public String toString() {
		if (month == null) {
			return String.format("%04d", year);
		}
		return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
	}
}
