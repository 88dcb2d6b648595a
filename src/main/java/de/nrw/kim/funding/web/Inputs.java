package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.platform.ValidationException;

/**
 * Collects the German field errors of one request while its values are turned into value objects;
 * {@link #throwIfAny()} rejects the whole request at once, so nothing is stored from a bad one.
 * Form values may use the German decimal comma ("57.000,00").
 */
final class Inputs {

	private final List<ValidationException.FieldError> errors = new ArrayList<>();

	void error(String field, String message) {
		errors.add(new ValidationException.FieldError(field, message));
	}

	boolean has(String field) {
		return errors.stream().anyMatch(e -> e.field().equals(field));
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	<T> T required(String field, T value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			error(field, "Bitte ausfüllen.");
			return null;
		}
		return value;
	}

	Money money(String field, BigDecimal value, boolean required) {
		if (value == null) {
			if (required) {
				error(field, "Bitte einen Betrag angeben.");
			}
			return null;
		}
		if (value.signum() < 0) {
			error(field, "Der Betrag darf nicht negativ sein.");
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			error(field, "Ein Betrag hat höchstens zwei Nachkommastellen (Cent).");
			return null;
		}
		if (value.compareTo(new BigDecimal("9999999999.99")) > 0) {
			error(field, "Der Betrag ist zu groß.");
			return null;
		}
		return Money.of(value);
	}

	Money money(String field, String text, boolean required) {
		return money(field, number(field, text), required && !has(field));
	}

	Fte fte(String field, BigDecimal value) {
		if (value == null) {
			error(field, "Bitte den Stellenumfang in VZÄ angeben.");
			return null;
		}
		if (!Fte.isValid(value)) {
			error(field, "Der Stellenumfang muss zwischen 0,05 und 1,0 VZÄ in Schritten von 0,05 liegen.");
			return null;
		}
		return new Fte(value);
	}

	Fte fte(String field, String text) {
		BigDecimal value = number(field, text);
		return has(field) ? null : fte(field, value);
	}

	String text(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(field, "Bitte ausfüllen.");
			}
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			error(field, "Höchstens " + max + " Zeichen.");
			return null;
		}
		return stripped;
	}

	/** A number from a form: "57.000,00", "57000,00" or "57000.00"; blank is {@code null}. */
	BigDecimal number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String normalised = text.strip().replace(" ", "").replace("€", "");
		if (normalised.contains(",")) {
			normalised = normalised.replace(".", "").replace(',', '.');
		}
		try {
			return new BigDecimal(normalised);
		} catch (NumberFormatException e) {
			error(field, "Bitte eine Zahl angeben, z. B. 57000,00.");
			return null;
		}
	}

	Integer integer(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		} catch (NumberFormatException e) {
			error(field, "Bitte eine ganze Zahl angeben.");
			return null;
		}
	}

	LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			error(field, "Bitte ein gültiges Datum angeben (JJJJ-MM-TT).");
			return null;
		}
	}

	<E extends Enum<E>> E enumValue(String field, Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		} catch (IllegalArgumentException e) {
			error(field, "Dieser Wert ist nicht zulässig.");
			return null;
		}
	}
}
