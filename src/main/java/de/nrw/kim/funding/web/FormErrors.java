package de.nrw.kim.funding.web;

import java.util.LinkedHashMap;
import java.util.Map;

import de.nrw.kim.platform.ValidationException;

/** Field errors of a page form as a map field → German message, for the templates. */
final class FormErrors {

	private FormErrors() {
	}

	/** Adds the errors a service raised to those the form's parsing found. */
	static Inputs from(Inputs inputs, RuntimeException e) {
		if (e instanceof ValidationException validation) {
			validation.errors().forEach(error -> {
				if (!inputs.has(error.field())) {
					inputs.error(error.field(), error.message());
				}
			});
		}
		return inputs;
	}

	static Map<String, String> map(Inputs inputs) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			inputs.throwIfAny();
		} catch (ValidationException e) {
			e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
		}
		return errors;
	}
}
