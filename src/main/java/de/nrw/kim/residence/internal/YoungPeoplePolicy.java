package de.nrw.kim.residence.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.nrw.kim.residence.ResidenceType;
import org.springframework.stereotype.Component;

/** § 25a AufenthG: well-integrated young people (age, residence, Duldung time, school). */
@Component
class YoungPeoplePolicy implements PerspectivePolicy {

	static final String ROUTE = "AUFENTHG_25A";

	@Override
	public String route() {
		return ROUTE;
	}

	@Override
	public Optional<Hint> evaluate(Rule rule, PerspectiveCase c) {
		Set<ResidenceType> eligible = rule.statuses("eligibleStatuses");
		if (!c.currentIn(union(eligible, ResidenceType.GESTATTUNG)) || c.atLeast(rule.integer("maxAgeExclusive")).orElse(false)) {
			return Optional.empty();
		}
		List<Criterion> criteria = new ArrayList<>();
		criteria.add(Criteria.currentStatus(c, eligible, "Duldung oder Chancen-Aufenthaltsrecht"));
		criteria.add(age(rule, c));
		criteria.add(Criteria.residence(c, rule.integer("residenceYears"), rule.statuses("notCounted"),
				"ununterbrochener Aufenthalt (erlaubt, geduldet oder gestattet)"));
		criteria.add(tolerated(rule, c));
		criteria.add(switch (c.facts().schoolAttendance()) {
			case COMPLETED -> Criterion.met("3 Jahre erfolgreicher Schulbesuch oder anerkannter Abschluss");
			case ONGOING -> Criterion.missing("3 Jahre erfolgreicher Schulbesuch oder anerkannter Abschluss (Schulbesuch läuft)");
			case NONE -> Criterion.missing("3 Jahre erfolgreicher Schulbesuch oder anerkannter Abschluss");
			case UNKNOWN -> Criterion.unknown("ob 3 Jahre erfolgreicher Schulbesuch oder ein anerkannter Abschluss vorliegen");
		});
		criteria.add(Criteria.criminalRecord(c));
		return Optional.of(Hint.of(rule, c.on(), criteria,
				"Nicht automatisch prüfbar: positive Integrationsprognose, Identitätsklärung, Ausschlussgründe."));
	}

	private static Criterion age(Rule rule, PerspectiveCase c) {
		int min = rule.integer("minAge");
		int max = rule.integer("maxAgeExclusive");
		String text = "Alter von " + min + " bis unter " + max + " Jahren bei Antragstellung";
		Optional<Boolean> old = c.atLeast(min);
		if (old.isEmpty()) {
			return Criterion.unknown(text + " (Geburtsdatum nicht genau genug bekannt)");
		}
		if (!old.get()) {
			return Criterion.from(c.birthday(min), text);
		}
		return c.atLeast(max).isEmpty() ? Criterion.unknown(text + " (Geburtsdatum nicht genau genug bekannt)")
				: Criterion.met(text + " (Antrag spätestens am Tag vor dem " + max + ". Geburtstag)");
	}

	private static Criterion tolerated(Rule rule, PerspectiveCase c) {
		int months = rule.integer("toleratedMonths");
		String text = "seit mindestens " + months + " Monaten geduldet oder Inhaber*in eines Chancen-Aufenthaltsrechts";
		if (c.currentIn(EnumSet.of(ResidenceType.OPPORTUNITY_104C))) {
			return Criterion.met(text);
		}
		return c.continuouslyIn(rule.statuses("toleratedStatuses"))
				.map(since -> !since.plusMonths(months).isAfter(c.on())
						? Criterion.met(text + " (geduldet seit " + Criterion.date(since) + ")")
						: Criterion.from(since.plusMonths(months), text + " (geduldet seit " + Criterion.date(since) + ")"))
				.orElse(Criterion.missing(text + " (derzeit keine Duldung)"));
	}

	private static Set<ResidenceType> union(Set<ResidenceType> types, ResidenceType more) {
		Set<ResidenceType> all = EnumSet.of(more);
		all.addAll(types);
		return all;
	}
}
