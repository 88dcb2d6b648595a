package de.nrw.kim.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of {@code demo/clients.csv}. */
record DemoClient(String municipality, String caseManager, String givenName, String familyName,
		String originalScriptName, String birthDate, String gender, List<String> nationalities, List<String> languages,
		String arrivalDate, String phase) {

	static DemoClient parse(String line) {
		String[] f = line.split(";", -1);
		if (f.length != 11) {
			throw new IllegalArgumentException("11 Felder erwartet: " + line);
		}
		return new DemoClient(f[0], f[1], f[2], f[3], f[4], f[5], f[6], list(f[7]), list(f[8]), f[9], f[10]);
	}

	Map<String, Object> asRequest() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("givenName", givenName);
		request.put("familyName", familyName);
		if (!originalScriptName.isBlank()) {
			request.put("originalScriptName", originalScriptName);
		}
		request.put("birthDate", birthDate);
		request.put("gender", gender);
		request.put("nationalities", nationalities);
		request.put("languages", languages);
		request.put("arrivalDate", arrivalDate);
		return request;
	}

	private static List<String> list(String value) {
		return value.isBlank() ? List.of() : Arrays.asList(value.split(","));
	}
}
