package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * § 104c AufenthG (Chancen-Aufenthaltsrecht): while it applied, 5 years of residence on the cut-off
 * date; since it ran out, the hint says why it no longer applies and where to go instead.
 */
@Component
class OpportunityPolicy implements PerspectivePolicy {

	static final String ROUTE = "AUFENTHG_104C";

	@Override
	public String route() {
		return ROUTE;
	}

	@Override
	public Optional<Hint> evaluate(Rule rule, PerspectiveCase c) {
		if (!c.currentIn(rule.statuses("eligibleStatuses"))) {
			return Optional.empty();
		}
		if (rule.has("expiredOn")) {
			return Optional.of(Hint.fixed(rule, c.on(), Hint.Status.NOT_YET,
					"Entfällt: Das Chancen-Aufenthaltsrecht war auf drei Jahre befristet und ist am "
							+ Criterion.date(rule.date("expiredOn")) + " ausgelaufen; neue Titel werden nicht mehr erteilt.",
					"Ein Chancen-Aufenthaltsrecht ist nicht verlängerbar: für Inhaber*innen den Übergang nach § 25a oder § 25b prüfen."));
		}
		LocalDate cutOff = rule.date("cutOff");
		int years = rule.integer("residenceYears");
		PerspectiveCase onCutOff = new PerspectiveCase(cutOff, c.birthDate(), c.arrivalDate(), c.statuses(), c.facts());
		List<Criterion> criteria = new ArrayList<>();
		criteria.add(Criteria.currentStatus(c, rule.statuses("eligibleStatuses"), "derzeit geduldet"));
		Criterion residence = Criteria.residence(onCutOff, years, rule.statuses("notCounted"),
				"ununterbrochener Aufenthalt am Stichtag " + Criterion.date(cutOff));
		criteria.add(residence.metFrom() == null ? residence
				: Criterion.missing(years + " Jahre Aufenthalt am Stichtag " + Criterion.date(cutOff) + " nicht erreicht"));
		criteria.add(Criteria.criminalRecord(c));
		return Optional.of(Hint.of(rule, c.on(), criteria,
				"Antrag nur bis " + Criterion.date(rule.validTo()) + " möglich (Regelung befristet)."));
	}
}
