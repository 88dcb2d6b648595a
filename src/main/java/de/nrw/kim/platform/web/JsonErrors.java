package de.nrw.kim.platform.web;

import java.util.stream.Collectors;

import de.nrw.kim.platform.ValidationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Explains in German which field of a JSON body could not be read, and why. */
final class JsonErrors {

	private JsonErrors() {
	}

	static ValidationException.FieldError describe(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		if (!(cause instanceof DatabindException databind) || databind.getPath().isEmpty()) {
			return null;
		}
		String field = databind.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
		if (cause instanceof InvalidFormatException invalid) {
			return new ValidationException.FieldError(field, "Der Wert „"
					+ ApiExceptionHandler.abbreviate(String.valueOf(invalid.getValue())) + "“ ist ungültig"
					+ hint(invalid.getTargetType()) + ".");
		}
		if (cause instanceof MismatchedInputException mismatched) {
			return new ValidationException.FieldError(field, "Der Wert hat das falsche Format" + hint(mismatched.getTargetType()) + ".");
		}
		return new ValidationException.FieldError(field, "Der Wert ist ungültig.");
	}

	private static String hint(Class<?> target) {
		if (target == null) {
			return "";
		}
		if (target == java.time.LocalDate.class) {
			return " (erwartet wird ein gültiges Datum JJJJ-MM-TT)";
		}
		if (target.isEnum()) {
			return " (erlaubt: " + java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString)
					.collect(Collectors.joining(", ")) + ")";
		}
		if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
			return " (erwartet wird eine Zahl)";
		}
		if (target == java.util.UUID.class) {
			return " (erwartet wird eine UUID)";
		}
		return "";
	}
}
