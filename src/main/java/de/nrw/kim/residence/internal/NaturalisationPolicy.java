package de.nrw.kim.residence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.nrw.kim.residence.ResidenceType;
import org.springframework.stereotype.Component;

/** Naturalisation by entitlement (§ 10 StAG): secure title, years of lawful residence, B1, livelihood, no convictions. */
@Component
class NaturalisationPolicy implements PerspectivePolicy {

	static final String ROUTE = "EINBUERGERUNG";

	@Override
	public String route() {
		return ROUTE;
	}

	@Override
	public Optional<Hint> evaluate(Rule rule, PerspectiveCase c) {
		if (c.current().isEmpty() || c.currentIn(java.util.EnumSet.of(ResidenceType.GERMAN_CITIZEN))) {
			return Optional.empty();
		}
		List<Criterion> criteria = new ArrayList<>();
		criteria.add(title(rule, c));
		criteria.add(Criteria.residence(c, rule.integer("residenceYears"), rule.statuses("notCounted"),
				"rechtmäßiger gewöhnlicher Aufenthalt (Duldungszeiten zählen nicht)"));
		criteria.add(Criteria.language(c, ResidenceFacts.LanguageLevel.valueOf(rule.text("languageLevel"))));
		criteria.add(Criteria.livelihood(c));
		criteria.add(Criteria.criminalRecord(c));
		List<String> notes = new ArrayList<>();
		if (rule.has("specialResidenceYears")) {
			notes.add("In dieser Fassung möglich: Einbürgerung nach " + rule.integer("specialResidenceYears")
					+ " Jahren bei Deutsch " + rule.text("specialLanguageLevel") + " und besonderen Integrationsleistungen.");
		}
		if (rule.has("specialRouteAbolished")) {
			notes.add("Die Einbürgerung nach 3 Jahren (besondere Integrationsleistungen) ist seit "
					+ rule.text("specialRouteAbolished") + " abgeschafft; " + rule.integer("residenceYears")
					+ " Jahre sind die einzige Mindestaufenthaltszeit.");
		}
		notes.add("Nicht automatisch prüfbar: geklärte Identität, Einbürgerungstest, Bekenntnis zur freiheitlichen demokratischen Grundordnung.");
		return Optional.of(Hint.of(rule, c.on(), criteria, notes.toArray(String[]::new)));
	}

	private static Criterion title(Rule rule, PerspectiveCase c) {
		ResidenceType type = c.current().orElseThrow().type();
		String text = "gesicherter Aufenthaltstitel (derzeit " + Labels.type(type) + ")";
		if (rule.statuses("qualifyingStatuses").contains(type)) {
			return Criterion.met(text);
		}
		return rule.statuses("checkStatuses").contains(type) ? Criterion.unknown("ob der Titel ein gesicherter ist: " + text)
				: Criterion.missing(text);
	}
}
