package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** § 24 AufenthG: the date until which temporary protection holds by federal ordinance, and what to check before. */
@Component
class TemporaryProtectionPolicy implements PerspectivePolicy {

	static final String ROUTE = "AUFENTHG_24";

	@Override
	public String route() {
		return ROUTE;
	}

	@Override
	public Optional<Hint> evaluate(Rule rule, PerspectiveCase c) {
		if (!c.currentIn(rule.statuses("eligibleStatuses"))) {
			return Optional.empty();
		}
		LocalDate end = rule.date("protectionEndsOn");
		String ends = "Der vorübergehende Schutz gilt kraft Verordnung fort bis " + Criterion.date(end) + ".";
		if (c.on().isAfter(end)) {
			return Optional.of(Hint.fixed(rule, c.on(), Hint.Status.CHECK, "Der vorübergehende Schutz ist nach der erfassten "
					+ "Fassung am " + Criterion.date(end) + " ausgelaufen: Anschlussaufenthalt dringend prüfen."));
		}
		if (!c.on().plusMonths(rule.integer("warnMonths")).isBefore(end)) {
			return Optional.of(Hint.fixed(rule, c.on(), Hint.Status.CHECK, ends,
					"Weniger als " + rule.integer("warnMonths") + " Monate bis zum Ende: Anschlussperspektive prüfen "
							+ "(z. B. Aufenthaltserlaubnis zur Beschäftigung oder Ausbildung, § 25b)."));
		}
		return Optional.of(Hint.fixed(rule, c.on(), Hint.Status.LIKELY, ends,
				"Kein Antrag nötig; vor dem Ende eine Anschlussperspektive prüfen."));
	}
}
