package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.nrw.kim.platform.ValidationException;

/** Reads entered text into checked values and collects a German message per wrong field. */
public final class Input {

	private final List<ValidationException.FieldError> errors = new ArrayList<>();

	public String text(String field, String value, int max, boolean required, String missing) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(field, missing);
			}
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			error(field, "Bitte höchstens " + max + " Zeichen eingeben.");
		}
		return clean;
	}

	public <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required, String missing) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(field, missing);
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			error(field, "Unbekannter Wert: " + value.strip());
			return null;
		}
	}

	public Integer number(String field, Object value, int min, int max) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.toString().strip());
			if (number < min || number > max) {
				error(field, "Bitte eine Zahl von " + min + " bis " + max + " angeben.");
			}
			return number;
		} catch (NumberFormatException e) {
			error(field, "Bitte eine ganze Zahl angeben.");
			return null;
		}
	}

	public LocalDate date(String field, String value, boolean required, String missing) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(field, missing);
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			error(field, "Bitte ein Datum im Format JJJJ-MM-TT angeben.");
			return null;
		}
	}

	public UUID id(String field, String value, boolean required, String missing) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(field, missing);
			}
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		} catch (IllegalArgumentException e) {
			error(field, "Diese Kennung ist ungültig.");
			return null;
		}
	}

	public void error(String field, String message) {
		if (errors.stream().noneMatch(e -> e.field().equals(field))) {
			errors.add(new ValidationException.FieldError(field, message));
		}
	}

	public boolean hasError(String field) {
		return errors.stream().anyMatch(e -> e.field().equals(field));
	}

	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new ValidationException(List.copyOf(errors));
		}
	}
}
