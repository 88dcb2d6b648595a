package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import de.nrw.kim.residence.ResidenceType;

/** Criteria several routes share, phrased in German for the reasons. */
final class Criteria {

	private Criteria() {
	}

	/**
	 * {@code years} of uninterrupted residence, from the status history; without one, the arrival date
	 * can only show that the time is not yet reached (else: unknown, uninterrupted stay to be checked).
	 */
	static Criterion residence(PerspectiveCase c, int years, Set<ResidenceType> notCounted, String what) {
		Optional<LocalDate> since = c.uninterruptedSince(notCounted);
		if (since.isPresent()) {
			LocalDate from = since.get();
			if (PerspectiveCase.reached(from, years, c.on())) {
				return Criterion.met(years + " Jahre " + what + " (seit " + Criterion.date(from) + ", "
						+ PerspectiveCase.years(from, c.on()) + ")");
			}
			return Criterion.from(from.plusYears(years), years + " Jahre " + what + " (seit " + Criterion.date(from) + ")");
		}
		if (c.arrivalDate() != null) {
			if (!PerspectiveCase.reached(c.arrivalDate(), years, c.on())) {
				return Criterion.from(c.arrivalDate().plusYears(years), years + " Jahre " + what + " (Einreise am "
						+ Criterion.date(c.arrivalDate()) + "; kein Aufenthaltsstatus erfasst)");
			}
			return Criterion.unknown(years + " Jahre " + what + ": Einreise am " + Criterion.date(c.arrivalDate())
					+ ", aber der Aufenthaltsstatus ist nicht lückenlos erfasst");
		}
		return Criterion.unknown(years + " Jahre " + what + ": weder Aufenthaltsstatus noch Einreisedatum erfasst");
	}

	static Criterion criminalRecord(PerspectiveCase c) {
		return switch (c.facts().criminalRecord()) {
			case NONE -> Criterion.met("keine relevanten Straftaten bekannt");
			case RELEVANT -> Criterion.missing("eine relevante Verurteilung ist erfasst (Ausschlussgrund prüfen)");
			case UNKNOWN -> Criterion.unknown("ob relevante Straftaten vorliegen");
		};
	}

	static Criterion language(PerspectiveCase c, ResidenceFacts.LanguageLevel required) {
		ResidenceFacts.LanguageLevel level = c.facts().languageLevel();
		if (level == null) {
			return Criterion.unknown("Deutschkenntnisse auf Niveau " + required + " (kein Nachweis erfasst)");
		}
		String proof = " (Nachweis " + level + " vom " + Criterion.date(c.facts().languageLevelOn()) + ")";
		return level.atLeast(required) ? Criterion.met("Deutschkenntnisse mindestens " + required + proof)
				: Criterion.missing("Deutschkenntnisse auf Niveau " + required + proof);
	}

	static Criterion livelihood(PerspectiveCase c) {
		return switch (c.facts().livelihoodSecured()) {
			case YES -> Criterion.met("Lebensunterhalt überwiegend gesichert");
			case NO -> Criterion.missing("Lebensunterhalt überwiegend gesichert (derzeit nicht)");
			case UNKNOWN -> Criterion.unknown("ob der Lebensunterhalt überwiegend gesichert ist");
		};
	}

	static Criterion currentStatus(PerspectiveCase c, Set<ResidenceType> eligible, String what) {
		return c.current().map(s -> eligible.contains(s.type())
				? Criterion.met(what + " (derzeit " + Labels.type(s.type()) + ")")
				: Criterion.missing(what + " (derzeit " + Labels.type(s.type()) + ")"))
				.orElse(Criterion.unknown(what + ": kein aktueller Aufenthaltsstatus erfasst"));
	}
}
