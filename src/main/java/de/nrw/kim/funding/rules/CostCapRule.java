package de.nrw.kim.funding.rules;

import de.nrw.kim.funding.domain.YearRates;

/**
 * Rule 4: where the actual personnel costs of the position for the year are entered, the personnel
 * amount is at most those costs (the lump sum is paid "up to"). Equipment is not a personnel cost.
 */
final class CostCapRule implements AmountRule {

	static final String NAME = "COST_CAP";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void apply(PositionFacts facts, YearRates rates, AmountBuilder amount) {
		if (facts.actualCosts() != null && amount.personnel().isGreaterThan(facts.actualCosts())) {
			amount.personnel(facts.actualCosts(), NAME, "Begrenzt auf die tatsächlichen Personalkosten "
					+ AmountBuilder.euros(facts.actualCosts()));
		}
	}
}
