package de.nrw.kim.client.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import de.nrw.kim.client.PartialDate;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.platform.ValidationException.FieldError;

/**
 * Checks and normalises what was entered for a client; collects every error with a German message
 * at its field, so one answer names them all.
 */
public final class ClientInput {

	static final Set<String> COUNTRIES = countries();
	static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
	private static final Pattern PHONE = Pattern.compile("[+0-9 ()/.-]{3,40}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
	static final int MAX_QUERY = 100;

	private ClientInput() {
	}

	public static Client.ClientDetails validate(String givenName, String familyName, String originalScriptName,
			String birthDate, String gender, List<String> nationalities, List<String> languages, LocalDate arrivalDate,
			String phone, String email, LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		String given = name("givenName", givenName, 100, true, errors);
		String family = name("familyName", familyName, 100, true, errors);
		String original = name("originalScriptName", originalScriptName, 200, false, errors);
		PartialDate birth = birthDate(birthDate, today, errors);
		Client.Gender parsedGender = null;
		if (gender == null || gender.isBlank()) {
			errors.add(new FieldError("gender", "Bitte das Geschlecht angeben (oder „keine Angabe“)."));
		} else {
			try {
				parsedGender = Client.Gender.valueOf(gender);
			} catch (IllegalArgumentException e) {
				errors.add(new FieldError("gender", "Unbekannter Wert. Erlaubt: FEMALE, MALE, DIVERSE, UNSPECIFIED."));
			}
		}
		List<String> countries = codes("nationalities", nationalities, COUNTRIES, "ISO-3166-Alpha-3-Code (z. B. UKR, SYR, DEU)", errors);
		List<String> langs = codes("languages", languages, LANGUAGES, "ISO-639-1-Code (z. B. uk, ar, de)", errors);
		if (arrivalDate != null && arrivalDate.isAfter(today)) {
			errors.add(new FieldError("arrivalDate", "Das Einreisedatum liegt in der Zukunft."));
		}
		String cleanPhone = blankToNull(phone);
		if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
			errors.add(new FieldError("phone", "Bitte eine Telefonnummer aus Ziffern, +, Leerzeichen, / oder - angeben."));
		}
		String cleanEmail = blankToNull(email);
		if (cleanEmail != null && (cleanEmail.length() > 200 || !EMAIL.matcher(cleanEmail).matches())) {
			errors.add(new FieldError("email", "Bitte eine gültige E-Mail-Adresse angeben."));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new Client.ClientDetails(given, family, original, birth, parsedGender, countries, langs, arrivalDate,
				cleanPhone, cleanEmail);
	}

	/** A search text: 1 to 100 characters, not blank. */
	public static String searchQuery(String q) {
		String text = q == null ? "" : Normalizer.normalize(q, Normalizer.Form.NFC).strip();
		if (text.isEmpty()) {
			throw new ValidationException("q", "Bitte einen Suchbegriff eingeben.");
		}
		if (text.codePointCount(0, text.length()) > MAX_QUERY) {
			throw new ValidationException("q", "Der Suchbegriff darf höchstens " + MAX_QUERY + " Zeichen lang sein.");
		}
		return text;
	}

	/** Name and (optional) birth date to look for likely duplicates of, checked like a new client's. */
	public static DuplicateQuery duplicateQuery(String givenName, String familyName, String birthDate, LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		String given = name("givenName", givenName, 100, true, errors);
		String family = name("familyName", familyName, 100, true, errors);
		PartialDate birth = birthDate(birthDate, today, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new DuplicateQuery(given, family, birth);
	}

	/** A validated duplicate-check request. */
	public record DuplicateQuery(String givenName, String familyName, PartialDate birthDate) {
	}

	private static PartialDate birthDate(String birthDate, LocalDate today, List<FieldError> errors) {
		if (birthDate == null || birthDate.isBlank()) {
			return null;
		}
		try {
			PartialDate birth = PartialDate.parse(birthDate);
			if (birth.isAfter(today)) {
				errors.add(new FieldError("birthDate", "Das Geburtsdatum liegt in der Zukunft."));
				return null;
			}
			return birth;
		} catch (IllegalArgumentException e) {
			errors.add(new FieldError("birthDate", "Ungültiges Geburtsdatum: " + e.getMessage()));
			return null;
		}
	}

	private static String name(String field, String value, int max, boolean required, List<FieldError> errors) {
		String text = blankToNull(value);
		if (text == null) {
			if (required) {
				errors.add(new FieldError(field, "Bitte ausfüllen."));
			}
			return null;
		}
		text = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
		if (CONTROL.matcher(text).find()) {
			errors.add(new FieldError(field, "Der Name enthält unzulässige Steuerzeichen."));
		} else if (text.codePointCount(0, text.length()) > max) {
			errors.add(new FieldError(field, "Höchstens " + max + " Zeichen."));
		}
		return text;
	}

	private static List<String> codes(String field, List<String> values, Set<String> allowed, String expected,
			List<FieldError> errors) {
		if (values == null) {
			return List.of();
		}
		List<String> unknown = values.stream().filter(v -> v == null || !allowed.contains(v)).map(String::valueOf).toList();
		if (!unknown.isEmpty()) {
			errors.add(new FieldError(field, "Unbekannter Code: " + String.join(", ", unknown) + ". Erwartet: " + expected + "."));
			return List.of();
		}
		return values.stream().distinct().toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Set<String> countries() {
		Set<String> codes = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
		// ICAO/UN codes used in German registers: stateless, refugee status, unknown
		codes.addAll(Set.of("XXA", "XXB", "XXC", "XXX"));
		return Set.copyOf(codes);
	}
}
