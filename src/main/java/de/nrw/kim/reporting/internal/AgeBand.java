package de.nrw.kim.reporting.internal;

import java.util.List;

/**
 * Age bands of the statistics (instead of birth dates): the age is the reference year minus the
 * birth year, because many clients have only a partial birth date.
 */
public final class AgeBand {

	public static final String UNKNOWN = "UNKNOWN";
	private static final List<String> BANDS = List.of("UNDER_18", "18_26", "27_44", "45_64", "65_PLUS", UNKNOWN);

	private AgeBand() {
	}

	public static List<String> all() {
		return BANDS;
	}

	public static String of(Integer birthYear, int referenceYear) {
		if (birthYear == null) {
			return UNKNOWN;
		}
		int age = referenceYear - birthYear;
		if (age < 18) {
			return "UNDER_18";
		}
		if (age <= 26) {
			return "18_26";
		}
		if (age <= 44) {
			return "27_44";
		}
		return age <= 64 ? "45_64" : "65_PLUS";
	}
}
