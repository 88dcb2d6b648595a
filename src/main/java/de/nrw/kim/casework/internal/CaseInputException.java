package de.nrw.kim.casework.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import de.nrw.kim.platform.ValidationException;

/**
 * Input that breaks a casework rule (400). Carries the {@link Violation}s with their message keys;
 * the German text for the API (problem+json) comes from {@code messages/casework_de.properties}.
 */
public class CaseInputException extends ValidationException {

	private static final ResourceBundle GERMAN = ResourceBundle.getBundle("messages.casework", Locale.GERMAN);

	private final transient List<Violation> violations;

	public CaseInputException(List<Violation> violations) {
		super(violations.stream().map(v -> new FieldError(v.field(), german(v.key(), v.args()))).toList());
		this.violations = List.copyOf(violations);
	}

	public CaseInputException(String field, String key, Object... args) {
		this(List.of(new Violation(field, key, args)));
	}

	public List<Violation> violations() {
		return violations;
	}

	/** Throws all collected violations at once, if there are any. */
	public static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new CaseInputException(violations);
		}
	}

	static String german(String key, Object... args) {
		String pattern = GERMAN.containsKey(key) ? GERMAN.getString(key) : key;
		return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, Locale.GERMAN).format(args);
	}
}
