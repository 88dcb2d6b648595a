package de.nrw.kim.residence.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/** Runs every route's policy with the rule version valid on the day of the case. */
@Component
public class PerspectiveEvaluator {

	private final List<PerspectivePolicy> policies;
	private final PerspectiveRules rules;

	PerspectiveEvaluator(List<PerspectivePolicy> policies, PerspectiveRules rules) {
		this.policies = policies.stream().sorted(java.util.Comparator.comparing(PerspectivePolicy::route)).toList();
		this.rules = rules;
	}

	public List<Hint> evaluate(PerspectiveCase c) {
		return evaluate(c, rules.all());
	}

	public List<Hint> evaluate(PerspectiveCase c, List<Rule> all) {
		return policies.stream()
				.flatMap(policy -> rules.validOn(all, policy.route(), c.on())
						.flatMap(rule -> policy.evaluate(rule, c)).stream())
				.toList();
	}

	public List<Rule> rules() {
		return rules.all();
	}
}
