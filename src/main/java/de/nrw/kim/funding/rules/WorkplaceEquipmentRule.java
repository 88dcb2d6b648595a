package de.nrw.kim.funding.rules;

import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.YearRates;

/**
 * Rule 6: workplace equipment, Baustein 1 only: equipment rate × FTE, once, in the year the position
 * is filled for the first time (for a plan: a new position), rounded half-up to the cent.
 */
final class WorkplaceEquipmentRule implements AmountRule {

	static final String NAME = "WORKPLACE_EQUIPMENT";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void apply(PositionFacts facts, YearRates rates, AmountBuilder amount) {
		if (facts.module() != Module.COORDINATION || facts.equipmentFte() == null || !facts.equipmentFte().isEligible()
				|| amount.isExcluded()) {
			return;
		}
		Money result = Money.rounded(rates.equipmentPerFte().amount().multiply(facts.equipmentFte().value()));
		amount.equipment(result, NAME, "Arbeitsplatzausstattung " + AmountBuilder.euros(rates.equipmentPerFte()) + " × "
				+ AmountBuilder.format(facts.equipmentFte().value()) + " VZÄ (einmalig) = " + AmountBuilder.euros(result));
	}
}
