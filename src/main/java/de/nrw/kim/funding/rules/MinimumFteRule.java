package de.nrw.kim.funding.rules;

import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.YearRates;

/**
 * Rule 1: a position below 0.5 FTE is not eligible. Months in which the position was below 0.5 FTE
 * do not count; when no month is left, the amount is 0 with this reason.
 */
final class MinimumFteRule implements AmountRule {

	static final String NAME = "MINIMUM_FTE";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void apply(PositionFacts facts, YearRates rates, AmountBuilder amount) {
		boolean removed = amount.eligibleMonthFtes().removeIf(fte -> !fte.isEligible());
		boolean nothingLeft = amount.eligibleMonthFtes().isEmpty() && (removed || !facts.reportedFte().isEligible());
		if (nothingLeft) {
			amount.notEligible("Stellenumfang unter " + AmountBuilder.format(Fte.MINIMUM_ELIGIBLE.value())
					+ " VZÄ: nicht förderfähig (Regel 1).", NAME);
		} else if (removed) {
			amount.ruleApplied(NAME);
		}
	}
}
