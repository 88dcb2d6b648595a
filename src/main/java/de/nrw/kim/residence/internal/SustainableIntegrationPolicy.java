package de.nrw.kim.residence.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.nrw.kim.residence.ResidenceType;
import org.springframework.stereotype.Component;

/** § 25b AufenthG: sustainable integration (6 years, 4 with minor children; A2; livelihood). */
@Component
class SustainableIntegrationPolicy implements PerspectivePolicy {

	static final String ROUTE = "AUFENTHG_25B";

	@Override
	public String route() {
		return ROUTE;
	}

	@Override
	public Optional<Hint> evaluate(Rule rule, PerspectiveCase c) {
		Set<ResidenceType> eligible = rule.statuses("eligibleStatuses");
		Set<ResidenceType> concerned = EnumSet.of(ResidenceType.GESTATTUNG);
		concerned.addAll(eligible);
		if (!c.currentIn(concerned)) {
			return Optional.empty();
		}
		List<Criterion> criteria = new ArrayList<>();
		criteria.add(Criteria.currentStatus(c, eligible, "Duldung oder Chancen-Aufenthaltsrecht"));
		criteria.add(residence(rule, c));
		criteria.add(Criteria.language(c, ResidenceFacts.LanguageLevel.valueOf(rule.text("languageLevel"))));
		criteria.add(Criteria.livelihood(c));
		criteria.add(Criteria.criminalRecord(c));
		return Optional.of(Hint.of(rule, c.on(), criteria,
				"Nicht automatisch prüfbar: Bekenntnis zur freiheitlichen demokratischen Grundordnung, Grundkenntnisse der "
						+ "Rechts- und Gesellschaftsordnung, Schulbesuch der Kinder, Versagungsgründe."));
	}

	private static Criterion residence(Rule rule, PerspectiveCase c) {
		int years = rule.integer("residenceYears");
		int withChildren = rule.integer("residenceYearsWithChildren");
		Set<ResidenceType> notCounted = rule.statuses("notCounted");
		String what = "ununterbrochener Aufenthalt (geduldet, gestattet oder erlaubt)";
		return switch (c.facts().minorChildren()) {
			case YES -> Criteria.residence(c, withChildren, notCounted, what + " mit minderjährigem Kind");
			case NO -> Criteria.residence(c, years, notCounted, what);
			case UNKNOWN -> {
				Criterion full = Criteria.residence(c, years, notCounted, what);
				Criterion reduced = Criteria.residence(c, withChildren, notCounted, what + " mit minderjährigem Kind");
				yield full.outcome() != Criterion.Outcome.MET && reduced.outcome() == Criterion.Outcome.MET
						? Criterion.unknown(withChildren + " Jahre reichen, wenn minderjährige Kinder im Haushalt leben – "
								+ "das ist nicht erfasst; sonst: " + full.reason())
						: full;
			}
		};
	}
}
