package de.nrw.kim.client.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Readable names for the ISO codes a client carries: "UKR" → "Ukraine (UKR)", "uk" → "Ukrainisch (uk)". */
final class CodeNames {

	private static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();

	static {
		for (String alpha2 : Locale.getISOCountries()) {
			ALPHA3_TO_ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
		}
	}

	private CodeNames() {
	}

	static String country(String alpha3, Locale locale) {
		String alpha2 = ALPHA3_TO_ALPHA2.get(alpha3);
		String name = alpha2 == null ? null : new Locale("", alpha2).getDisplayCountry(locale);
		return name == null || name.isBlank() || name.equals(alpha2) ? alpha3 : name + " (" + alpha3 + ")";
	}

	static String language(String code, Locale locale) {
		String name = new Locale(code).getDisplayLanguage(locale);
		return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
	}

	static String countries(List<String> codes, Locale locale) {
		return codes.stream().map(code -> country(code, locale)).collect(Collectors.joining(", "));
	}

	static String languages(List<String> codes, Locale locale) {
		return codes.stream().map(code -> language(code, locale)).collect(Collectors.joining(", "));
	}
}
