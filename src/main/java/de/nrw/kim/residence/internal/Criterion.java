package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** One requirement of a route as checked: met, unknown or missing, with a German text for the reasons. */
public record Criterion(Outcome outcome, String text, LocalDate metFrom) {

	static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	public enum Outcome {
		MET, UNKNOWN, MISSING
	}

	static Criterion met(String text) {
		return new Criterion(Outcome.MET, text, null);
	}

	static Criterion unknown(String text) {
		return new Criterion(Outcome.UNKNOWN, text, null);
	}

	static Criterion missing(String text) {
		return new Criterion(Outcome.MISSING, text, null);
	}

	/** A time criterion that will be met on {@code from} (if nothing changes). */
	static Criterion from(LocalDate from, String text) {
		return new Criterion(Outcome.MISSING, text, from);
	}

	/** The reason as shown to the user. */
	public String reason() {
		return switch (outcome) {
			case MET -> "Erfüllt: " + text;
			case UNKNOWN -> "Unbekannt: " + text;
			case MISSING -> metFrom == null ? "Fehlt: " + text
					: "Noch nicht erfüllt: " + text + " – voraussichtlich erfüllt ab " + GERMAN.format(metFrom);
		};
	}

	static String date(LocalDate day) {
		return GERMAN.format(day);
	}
}
