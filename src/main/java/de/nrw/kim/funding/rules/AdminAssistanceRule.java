package de.nrw.kim.funding.rules;

import java.math.BigDecimal;

import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.YearRates;

/**
 * Rule 5: admin assistance (Baustein 1) gets the lump sum for the 0.5 post × counted months / 12,
 * rounded half-up to the cent — whatever its FTE above 0.5, the guideline funds one 0.5 post.
 */
final class AdminAssistanceRule implements AmountRule {

	static final String NAME = "ADMIN_ASSISTANCE_LUMP_SUM";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void apply(PositionFacts facts, YearRates rates, AmountBuilder amount) {
		if (facts.kind() != PositionKind.ADMIN_ASSISTANCE || amount.isExcluded()) {
			return;
		}
		int months = amount.eligibleMonthFtes().size();
		Money result = Money.quotient(rates.adminAssistanceRate().amount().multiply(BigDecimal.valueOf(months)), 12);
		amount.personnel(result, NAME, "Verwaltungsassistenz " + AmountBuilder.euros(rates.adminAssistanceRate())
				+ " × " + months + " Monate / 12 = " + AmountBuilder.euros(result));
	}
}
