package de.nrw.kim.casework.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/** Checks free text the way every casework field needs: trimmed, NFC, no control characters, a maximum length. */
final class Texts {

	/** Control characters other than tab, line feed and carriage return. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

	private Texts() {
	}

	/**
	 * The cleaned text, or {@code null} when blank. Adds a violation when it is required but blank,
	 * too long or contains control characters.
	 */
	static String check(String field, String value, int max, boolean required, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "casework.error.required"));
			}
			return null;
		}
		int length = value.codePointCount(0, value.length());
		if (length > max) {
			violations.add(new Violation(field, "casework.error.tooLong", max, length));
			return null;
		}
		String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
		if (CONTROL.matcher(text).find()) {
			violations.add(new Violation(field, "casework.error.control"));
			return null;
		}
		return text;
	}

	/** One-line text: line breaks become spaces. */
	static String line(String field, String value, int max, boolean required, List<Violation> violations) {
		String text = check(field, value, max, required, violations);
		return text == null ? null : text.replaceAll("\\s+", " ");
	}
}
