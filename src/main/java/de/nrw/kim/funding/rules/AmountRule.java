package de.nrw.kim.funding.rules;

import de.nrw.kim.funding.domain.YearRates;

/**
 * One named rule of a guideline that contributes to or limits a position's amount
 * (funding-rules.md "Eligible amount of one position in one year"). A {@link RuleSet} applies its
 * rules in order to one {@link AmountBuilder}.
 */
public interface AmountRule {

	/** The name every computed amount cites, e.g. {@code PERSONNEL_LUMP_SUM}. */
	String name();

	void apply(PositionFacts facts, YearRates rates, AmountBuilder amount);
}
