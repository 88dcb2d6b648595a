package de.nrw.kim.funding.rules;

import java.math.BigDecimal;

import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.YearRates;

/**
 * Rule 3: amount = rate(year) × FTE × counted months / 12, rounded half-up to the cent. When the FTE
 * changed during the year, "FTE × months" is the sum of the FTE of each counted month.
 */
final class PersonnelLumpSumRule implements AmountRule {

	static final String NAME = "PERSONNEL_LUMP_SUM";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void apply(PositionFacts facts, YearRates rates, AmountBuilder amount) {
		if (facts.kind() != PositionKind.STAFF || amount.isExcluded()) {
			return;
		}
		BigDecimal fteMonths = amount.eligibleFteMonths();
		Money result = Money.quotient(rates.ratePerFte().amount().multiply(fteMonths), 12);
		amount.personnel(result, NAME, "Personalkostenpauschale " + AmountBuilder.euros(rates.ratePerFte()) + " × "
				+ AmountBuilder.format(fteMonths) + " VZÄ-Monate / 12 = " + AmountBuilder.euros(result));
	}
}
