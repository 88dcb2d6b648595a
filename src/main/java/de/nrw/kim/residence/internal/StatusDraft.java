package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.residence.ResidenceType;

/** A new or changed residence status as entered, validated on construction (German field errors). */
public record StatusDraft(ResidenceType type, LocalDate validFrom, LocalDate validUntil, String issuingOffice,
		String conditions, boolean mayOverlap) {

	static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	public StatusDraft {
		List<ValidationException.FieldError> errors = new ArrayList<>();
		if (type == null) {
			errors.add(new ValidationException.FieldError("type", "Bitte die Art des Aufenthaltsstatus angeben."));
		}
		if (validFrom == null) {
			errors.add(new ValidationException.FieldError("validFrom", "Bitte angeben, ab wann der Status gilt."));
		} else if (validFrom.isBefore(EARLIEST) || validFrom.isAfter(LATEST)) {
			errors.add(new ValidationException.FieldError("validFrom", "Das Datum muss zwischen 01.01.1950 und 31.12.2100 liegen."));
		}
		if (validUntil != null && (validUntil.isBefore(EARLIEST) || validUntil.isAfter(LATEST))) {
			errors.add(new ValidationException.FieldError("validUntil", "Das Datum muss zwischen 01.01.1950 und 31.12.2100 liegen."));
		} else if (validUntil != null && validFrom != null && !validUntil.isAfter(validFrom)) {
			errors.add(new ValidationException.FieldError("validUntil", "„Gültig bis“ muss nach „Gültig ab“ liegen."));
		}
		issuingOffice = text("issuingOffice", issuingOffice, 200, errors);
		conditions = text("conditions", conditions, 2000, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	private static String text(String field, String value, int max, List<ValidationException.FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > max) {
			errors.add(new ValidationException.FieldError(field, "Höchstens " + max + " Zeichen."));
		}
		return trimmed;
	}
}
