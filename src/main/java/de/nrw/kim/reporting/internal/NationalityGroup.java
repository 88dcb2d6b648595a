package de.nrw.kim.reporting.internal;

import java.util.List;
import java.util.Set;

/**
 * Nationality groups of the statistics: the most frequent countries of origin of KIM clients on
 * their own, the EU together, everything else as "other" — by the first recorded nationality.
 * Single nationalities of rare countries would identify people in small municipalities.
 */
public final class NationalityGroup {

	private static final List<String> OWN = List.of("UKR", "SYR", "AFG", "TUR", "IRQ", "IRN", "RUS", "ERI");
	private static final Set<String> EU = Set.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA",
			"GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE");
	private static final List<String> ALL = List.of("UKR", "SYR", "AFG", "TUR", "IRQ", "IRN", "RUS", "ERI", "EU",
			"DEU", "OTHER", "UNKNOWN");

	private NationalityGroup() {
	}

	public static List<String> all() {
		return ALL;
	}

	public static String of(List<String> nationalities) {
		if (nationalities == null || nationalities.isEmpty()) {
			return "UNKNOWN";
		}
		String first = nationalities.get(0);
		if (OWN.contains(first) || "DEU".equals(first)) {
			return first;
		}
		return EU.contains(first) ? "EU" : "OTHER";
	}
}
