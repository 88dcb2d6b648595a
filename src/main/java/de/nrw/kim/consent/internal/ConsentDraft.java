package de.nrw.kim.consent.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.consent.ConsentForm;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.platform.ValidationException.FieldError;

/** A consent as entered, as text; {@link #validate} checks what needs no database. */
public record ConsentDraft(List<String> partnerIds, List<String> municipalityKeys, List<String> dataCategories,
		String purpose, String form, String witnessName, String interpreterName, String givenOn, String validUntil) {

	record Valid(List<UUID> partnerIds, List<String> municipalityKeys, Set<DataCategory> categories, String purpose,
			ConsentForm form, String witnessName, String interpreterName, LocalDate givenOn, LocalDate validUntil) {
	}

	Valid validate(LocalDate today, List<FieldError> errors) {
		Set<UUID> partners = new LinkedHashSet<>();
		for (String id : nonNull(partnerIds)) {
			try {
				partners.add(UUID.fromString(id == null ? "" : id.strip()));
			} catch (IllegalArgumentException e) {
				errors.add(new FieldError("partnerIds", "Unbekannter Partner: " + id));
			}
		}
		Set<String> municipalities = new LinkedHashSet<>();
		for (String key : nonNull(municipalityKeys)) {
			String k = key == null ? "" : key.strip();
			if (!de.nrw.kim.platform.MunicipalityKey.isValid(k)) {
				errors.add(new FieldError("municipalityKeys", "Ungültiger Gemeindeschlüssel: " + key));
			} else {
				municipalities.add(k);
			}
		}
		if (partners.isEmpty() && municipalities.isEmpty() && errors.isEmpty()) {
			errors.add(new FieldError("partnerIds", "Bitte mindestens einen Empfänger auswählen."));
		}
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		for (String c : nonNull(dataCategories)) {
			try {
				categories.add(DataCategory.valueOf(c == null ? "" : c.strip().toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				errors.add(new FieldError("dataCategories", "Unbekannte Datenkategorie: " + c));
			}
		}
		if (categories.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("dataCategories"))) {
			errors.add(new FieldError("dataCategories", "Bitte mindestens eine Datenkategorie auswählen."));
		}
		String cleanPurpose = text("purpose", purpose, 1000, true, errors);
		ConsentForm consentForm = ConsentForm.WRITTEN;
		if (form != null && !form.isBlank()) {
			try {
				consentForm = ConsentForm.valueOf(form.strip().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				errors.add(new FieldError("form", "Unbekannte Form der Einwilligung: " + form));
			}
		}
		String witness = text("witnessName", witnessName, 200, consentForm == ConsentForm.ORAL_WITH_WITNESS, errors);
		String interpreter = text("interpreterName", interpreterName, 200, consentForm == ConsentForm.WITH_INTERPRETER, errors);
		LocalDate given = date("givenOn", givenOn, true, errors);
		if (given != null && given.isAfter(today)) {
			errors.add(new FieldError("givenOn", "Das Datum der Einwilligung darf nicht in der Zukunft liegen."));
		}
		LocalDate until = date("validUntil", validUntil, false, errors);
		if (given != null && until != null && until.isBefore(given)) {
			errors.add(new FieldError("validUntil", "„Gültig bis“ darf nicht vor dem Datum der Einwilligung liegen."));
		}
		return new Valid(List.copyOf(partners), List.copyOf(municipalities), categories, cleanPurpose, consentForm,
				consentForm == ConsentForm.ORAL_WITH_WITNESS ? witness : null,
				consentForm == ConsentForm.WITH_INTERPRETER ? interpreter : null, given, until);
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}

	static String text(String field, String value, int max, boolean required, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(new FieldError(field, "Bitte ausfüllen."));
			}
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			errors.add(new FieldError(field, "Höchstens " + max + " Zeichen."));
		}
		return clean;
	}

	static LocalDate date(String field, String value, boolean required, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(new FieldError(field, "Bitte ein Datum angeben."));
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			errors.add(new FieldError(field, "Bitte ein gültiges Datum angeben (JJJJ-MM-TT)."));
			return null;
		}
	}

	static List<FieldError> newErrors() {
		return new ArrayList<>();
	}
}
