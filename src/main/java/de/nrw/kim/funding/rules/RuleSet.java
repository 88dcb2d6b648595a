package de.nrw.kim.funding.rules;

import java.util.List;

import de.nrw.kim.funding.domain.GuidelineYear;

/**
 * The rules of one guideline version, applied in order. Every amount it computes names the guideline
 * version and the rules used.
 */
public record RuleSet(String code, List<AmountRule> rules) {

	public RuleSet {
		rules = List.copyOf(rules);
	}

	public PositionAmount compute(PositionFacts facts, GuidelineYear basis) {
		AmountBuilder amount = new AmountBuilder(facts);
		rules.forEach(rule -> rule.apply(facts, basis.rates(), amount));
		return amount.build(facts, basis.label());
	}

	public List<String> ruleNames() {
		return rules.stream().map(AmountRule::name).toList();
	}
}
