package de.nrw.kim.dataimport.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The fields a column can be mapped to, with the German header of the template and the header names
 * (German and English) from which the mapping is suggested.
 */
public enum Target {
	GIVEN_NAME("givenName", "Vorname", true, "vorname", "vornamen", "givenname", "firstname", "first name", "rufname"),
	FAMILY_NAME("familyName", "Nachname", true, "nachname", "familienname", "name", "familyname", "lastname", "last name", "surname"),
	ORIGINAL_SCRIPT_NAME("originalScriptName", "Name in Originalschrift", false, "name in originalschrift", "originalschrift",
			"originalname", "original script name", "native name"),
	BIRTH_DATE("birthDate", "Geburtsdatum", false, "geburtsdatum", "geboren", "geburtstag", "geb", "birthdate", "date of birth", "dob"),
	GENDER("gender", "Geschlecht", true, "geschlecht", "gender", "sex"),
	NATIONALITIES("nationalities", "Staatsangehörigkeit", false, "staatsangehorigkeit", "staatsangehorigkeiten", "nationalitat",
			"nationality", "nationalities", "citizenship"),
	LANGUAGES("languages", "Sprachen", false, "sprachen", "sprache", "languages", "language", "muttersprache"),
	ARRIVAL_DATE("arrivalDate", "Einreisedatum", false, "einreisedatum", "einreise", "eingereist", "arrival", "arrivaldate",
			"arrival date", "date of arrival"),
	PHONE("phone", "Telefon", false, "telefon", "telefonnummer", "tel", "handy", "mobil", "phone", "telephone", "mobile"),
	EMAIL("email", "E-Mail", false, "email", "e-mail", "mail", "e mail"),
	OPEN_CASE("openCase", "Fall eröffnen", false, "fall eroffnen", "fall", "case", "open case", "neuer fall");

	private final String field;
	private final String header;
	private final boolean required;
	private final List<String> synonyms;

	Target(String field, String header, boolean required, String... synonyms) {
		this.field = field;
		this.header = header;
		this.required = required;
		this.synonyms = List.of(synonyms);
	}

	/** The field name of the client API (and of the mapping in the import API). */
	public String field() {
		return field;
	}

	public String header() {
		return header;
	}

	public boolean required() {
		return required;
	}

	public static Target byField(String field) {
		for (Target target : values()) {
			if (target.field.equals(field)) {
				return target;
			}
		}
		return null;
	}

	boolean matches(String header) {
		String normal = normal(header);
		return normal.equals(normal(this.header)) || normal.equals(normal(field)) || synonyms.contains(normal);
	}

	/** Lower case, without accents, umlaut dots, punctuation or repeated spaces. */
	static String normal(String text) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("[.:*()]", "").replaceAll("\\s+", " ").strip();
	}
}
