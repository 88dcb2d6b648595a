package de.nrw.kim.residence.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.platform.ValidationException;
import org.springframework.ui.Model;

/** Field errors of the residence forms: parsing of the raw inputs plus what the service refused. */
final class FormErrors {

	private final Map<String, String> errors = new LinkedHashMap<>();

	LocalDate date(String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.put(field, "Bitte ein Datum angeben.");
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			errors.put(field, "Bitte ein gültiges Datum angeben (TT.MM.JJJJ).");
			return null;
		}
	}

	<E extends Enum<E>> E choice(String field, String value, Class<E> type, String missing) {
		if (value == null || value.isBlank()) {
			if (missing != null) {
				errors.put(field, missing);
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		} catch (IllegalArgumentException e) {
			errors.put(field, "Bitte einen der angebotenen Werte wählen.");
			return null;
		}
	}

	Integer number(String field, String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		} catch (NumberFormatException e) {
			errors.put(field, "Bitte eine ganze Zahl angeben.");
			return null;
		}
	}

	void add(ValidationException e) {
		e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
	}

	boolean any() {
		return !errors.isEmpty();
	}

	void addTo(Model model) {
		model.addAttribute("errors", errors);
		model.addAttribute("errorSummary", summary(errors));
	}

	static void none(Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("errorSummary", List.of());
	}

	private static List<Map.Entry<String, String>> summary(Map<String, String> errors) {
		return errors.entrySet().stream()
				.map(e -> Map.entry(e.getKey().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""), e.getValue()))
				.toList();
	}
}
