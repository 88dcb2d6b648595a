package de.nrw.kim.platform;

import java.util.List;

/** Input that breaks a rule (400); each error names the field and says in German what is wrong. */
public class ValidationException extends RuntimeException {

	private final List<FieldError> errors;

	public ValidationException(List<FieldError> errors) {
		super(errors.isEmpty() ? "Ungültige Eingabe." : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public ValidationException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	public record FieldError(String field, String message) {
	}
}
