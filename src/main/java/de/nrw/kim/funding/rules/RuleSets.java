package de.nrw.kim.funding.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule sets the code knows, by the code a guideline version names in {@code rule_set}. Both
 * shipped versions compute alike (funding-rules.md); a future guideline that computes differently
 * gets its own list of rules here, and its version in the database names it.
 */
public final class RuleSets {

	private static final Map<String, RuleSet> KNOWN = Map.of(
			"KIM-2020", standard("KIM-2020"),
			"KIM-2024", standard("KIM-2024"));

	private RuleSets() {
	}

	public static Optional<RuleSet> find(String code) {
		return Optional.ofNullable(KNOWN.get(code));
	}

	public static RuleSet of(String code) {
		return find(code).orElseThrow(() -> new IllegalStateException("Unbekanntes Regelwerk: " + code));
	}

	public static Set<String> codes() {
		return new java.util.TreeSet<>(KNOWN.keySet());
	}

	private static RuleSet standard(String code) {
		return new RuleSet(code, List.of(new MinimumFteRule(), new PersonnelLumpSumRule(), new AdminAssistanceRule(),
				new CostCapRule(), new WorkplaceEquipmentRule()));
	}
}
