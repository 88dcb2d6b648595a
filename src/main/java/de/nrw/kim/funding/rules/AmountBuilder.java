package de.nrw.kim.funding.rules;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Money;

/** The amount of one position while the rules of a {@link RuleSet} work on it. */
public final class AmountBuilder {

	private final List<Fte> eligibleMonthFtes;
	private Money personnel = Money.ZERO;
	private Money equipment = Money.ZERO;
	private String reason;
	private final List<String> rules = new ArrayList<>();
	private final List<String> calculation = new ArrayList<>();

	AmountBuilder(PositionFacts facts) {
		this.eligibleMonthFtes = new ArrayList<>(facts.countedMonthFtes());
		rules.add(facts.monthRule());
	}

	public List<Fte> eligibleMonthFtes() {
		return eligibleMonthFtes;
	}

	/** The sum of the FTE of the eligible months ("FTE × months" when the FTE did not change). */
	public BigDecimal eligibleFteMonths() {
		return eligibleMonthFtes.stream().map(Fte::value).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Money personnel() {
		return personnel;
	}

	public void personnel(Money amount, String rule, String explanation) {
		personnel = amount;
		applied(rule, explanation);
	}

	public void equipment(Money amount, String rule, String explanation) {
		equipment = amount;
		applied(rule, explanation);
	}

	/** Why the amount is 0 (the first reason given stays). */
	public void notEligible(String why, String rule) {
		if (reason == null) {
			reason = why;
		}
		applied(rule, null);
	}

	public boolean isExcluded() {
		return reason != null;
	}

	/** Records that a rule changed the result without an amount of its own. */
	public void ruleApplied(String rule) {
		applied(rule, null);
	}

	private void applied(String rule, String explanation) {
		if (!rules.contains(rule)) {
			rules.add(rule);
		}
		if (explanation != null) {
			calculation.add(explanation);
		}
	}

	PositionAmount build(PositionFacts facts, String guidelineVersion) {
		Money eligible = personnel.plus(equipment);
		String why = reason;
		if (!eligible.isPositive() && why == null) {
			why = facts.countedMonths() == 0 ? "Kein Monat mit mindestens 15 besetzten Tagen im Jahr (Regel 2)."
					: "Kein förderfähiger Betrag.";
		}
		return new PositionAmount(facts.positionId(), facts.module(), facts.kind(), facts.reportedFte(),
				facts.countedMonths(), personnel, equipment, eligible, eligible.isPositive() ? null : why,
				guidelineVersion, List.copyOf(rules), List.copyOf(calculation));
	}

	/** German number format for explanations: 57.000,00. */
	public static String euros(Money money) {
		return format(money.amount()) + " €";
	}

	public static String format(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return format.format(value);
	}
}
