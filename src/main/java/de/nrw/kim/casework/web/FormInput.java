package de.nrw.kim.casework.web;

import java.util.function.Supplier;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.casework.internal.Violation;

/**
 * Reads the text a form sends into typed values, collecting a violation per field that cannot be
 * read — so a page shows every such error at once, in the user's language, and keeps the input.
 */
final class FormInput {

	private final List<Violation> violations = new ArrayList<>();

	LocalDate date(String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "casework.error.required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			violations.add(new Violation(field, "casework.error.date.invalid"));
			return null;
		}
	}

	Integer integer(String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "casework.error.required"));
			}
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		} catch (NumberFormatException e) {
			violations.add(new Violation(field, "casework.error.number"));
			return null;
		}
	}

	<E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "casework.error.required"));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		} catch (IllegalArgumentException e) {
			violations.add(new Violation(field, "casework.error.choice"));
			return null;
		}
	}

	/**
	 * Builds the value object from what could be read, adding its own violations to those of
	 * reading, so that one answer names every error; {@code null} if anything is wrong.
	 */
	<T> T build(Supplier<T> factory) {
		try {
			T value = factory.get();
			return violations.isEmpty() ? value : null;
		} catch (CaseInputException e) {
			violations.addAll(e.violations());
			return null;
		}
	}

	/** Throws what could not be read; after this the typed values are complete and the domain checks the rules. */
	void throwIfAny() {
		CaseInputException.throwIfAny(violations);
	}
}
