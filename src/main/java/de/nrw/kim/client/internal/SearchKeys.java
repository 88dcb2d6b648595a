package de.nrw.kim.client.internal;

import java.text.Normalizer;
import java.util.Locale;

/** The forms of a name that search and duplicate detection compare (see the search ADR). */
public final class SearchKeys {

	private SearchKeys() {
	}

	/** Lower-case Latin forms without diacritics, space separated. */
	public static String searchNames(String givenName, String familyName, String originalScriptName) {
		return fold(givenName + " " + familyName);
	}

	/** Cologne phonetic codes of every name part. */
	public static String phoneticCodes(String givenName, String familyName) {
		org.apache.commons.codec.language.ColognePhonetic cologne = new org.apache.commons.codec.language.ColognePhonetic();
		StringBuilder codes = new StringBuilder();
		for (String part : fold(givenName + " " + familyName).split("[\\s-]+")) {
			String code = cologne.encode(part);
			if (!code.isEmpty()) {
				codes.append(codes.isEmpty() ? "" : " ").append(code);
			}
		}
		return codes.toString();
	}

	static String fold(String text) {
		String lower = text.toLowerCase(Locale.GERMAN).replace("ß", "ss");
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").trim();
	}
}
