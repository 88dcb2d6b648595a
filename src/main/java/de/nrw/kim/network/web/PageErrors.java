package de.nrw.kim.network.web;

import java.util.LinkedHashMap;
import java.util.Map;

import de.nrw.kim.platform.ValidationException;
import org.springframework.ui.Model;

/** Field errors for a page: {@code errors} (field → message) and {@code errorSummary} (input id → message). */
final class PageErrors {

	private PageErrors() {
	}

	static void add(Model model, ValidationException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> summary = new LinkedHashMap<>();
		for (ValidationException.FieldError error : e.errors()) {
			errors.putIfAbsent(error.field(), error.message());
			summary.putIfAbsent(idOf(error.field()), error.message());
		}
		model.addAttribute("errors", errors);
		model.addAttribute("errorSummary", summary.entrySet());
	}

	static void none(Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("errorSummary", java.util.List.of());
	}

	/** The input id the fields fragment gives a field name. */
	static String idOf(String field) {
		return field.replace("[", "-").replace("].", "-").replace(".", "-");
	}
}
