package de.nrw.kim.network.internal;

import java.time.LocalDate;

/** A target group as entered (API or form), as text; {@link #validate()} checks every field. */
public record TargetGroupDraft(String name, String description, String arrivedWithinYears, String minAge, String maxAge,
		String validFrom, String validUntil, String source) {

	public record Valid(String name, String description, Integer arrivedWithinYears, Integer minAge, Integer maxAge,
			LocalDate validFrom, LocalDate validUntil, String source) {
	}

	public Valid validate() {
		Input in = new Input();
		String cleanName = in.text("name", name, 200, true, "Bitte die Bezeichnung der Zielgruppe angeben.");
		String cleanDescription = in.text("description", description, 2000, false, null);
		Integer years = in.number("arrivedWithinYears", arrivedWithinYears, 1, 50);
		Integer min = in.number("minAge", minAge, 0, 120);
		Integer max = in.number("maxAge", maxAge, 0, 120);
		LocalDate from = in.date("validFrom", validFrom, true, "Bitte angeben, ab wann die Regel gilt.");
		LocalDate until = in.date("validUntil", validUntil, false, null);
		String cleanSource = in.text("source", source, 500, true,
				"Bitte die Quelle der Regel angeben (z. B. Ratsbeschluss oder Kapitel des Handlungskonzepts).");
		if (min != null && max != null && min > max && !in.hasError("minAge") && !in.hasError("maxAge")) {
			in.error("maxAge", "Das Höchstalter darf nicht unter dem Mindestalter liegen.");
		}
		if (from != null && until != null && until.isBefore(from)) {
			in.error("validUntil", "Das Ende der Gültigkeit darf nicht vor ihrem Beginn liegen.");
		}
		if (years == null && min == null && max == null && !in.hasError("arrivedWithinYears") && !in.hasError("minAge")
				&& !in.hasError("maxAge")) {
			in.error("arrivedWithinYears",
					"Bitte mindestens eine Regel angeben: eingereist innerhalb von Jahren, Mindest- oder Höchstalter.");
		}
		in.throwIfAny();
		return new Valid(cleanName, cleanDescription, years, min, max, from, until, cleanSource);
	}
}
