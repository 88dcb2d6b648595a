package de.nrw.kim.funding.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.domain.GuidelineYear;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;

/**
 * The amount of an application, computed with the same rules as the proof of use from the planned
 * positions (FTE × planned months; a new Baustein-1 position gets equipment). Material costs belong
 * to Baustein 1.
 */
public record PlannedAmounts(List<PositionAmount> lines, Map<Module, Money> byModule, Money total,
		String guidelineVersion) {

	public static PlannedAmounts of(List<Application.PlannedPosition> planned, Money materialCosts, GuidelineYear basis,
			RuleSet rules) {
		List<PositionAmount> lines = planned.stream()
				.map(p -> rules.compute(PositionFacts.planned(p.module(), p.kind(), p.fte(), p.months(), p.newPosition()), basis))
				.toList();
		Map<Module, Money> byModule = new EnumMap<>(Module.class);
		for (Module module : Module.values()) {
			byModule.put(module, Money.ZERO);
		}
		for (PositionAmount line : lines) {
			byModule.merge(line.module(), line.eligibleAmount(), Money::plus);
		}
		byModule.merge(Module.COORDINATION, materialCosts, Money::plus);
		Money total = byModule.values().stream().reduce(Money.ZERO, Money::plus);
		return new PlannedAmounts(lines, byModule, total, basis.label());
	}
}
