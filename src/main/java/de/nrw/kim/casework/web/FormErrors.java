package de.nrw.kim.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.nrw.kim.casework.internal.CaseInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns rule violations into what a page shows: a message per field in the user's language, and the
 * list for the error summary with the id of the input each message belongs to.
 */
@Component
class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> of(CaseInputException e) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		e.violations().forEach(v -> errors.putIfAbsent(v.field(), messages.getMessage(v.key(), v.args(), v.key(), locale)));
		return errors;
	}

	static Map<String, String> none() {
		return Map.of();
	}

	/** The id of the input for a field name: {@code domains[3].need} → {@code domains-3-need}. */
	static String idOf(String field) {
		return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
	}

	/** For the error summary: links to the inputs. */
	static List<Map.Entry<String, String>> summary(Map<String, String> errors) {
		return errors.entrySet().stream().map(e -> Map.entry(idOf(e.getKey()), e.getValue())).toList();
	}
}
