package de.nrw.kim.funding.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.nrw.kim.funding.domain.Money;

/**
 * § 3 (2) TIntG: the yearly minimum for the integration infrastructure. From the base year on, each
 * year's minimum = previous minimum × (1 + 0.8 × TV-L pay rise + 0.2 × change of the consumer price
 * index for housing, water, electricity, gas and other fuels), rounded half-up to the cent each year.
 */
public final class StatutoryMinimumRule {

	public static final String NAME = "TINTG_3_2_MINIMUM";
	public static final String LEGAL_REFERENCE = "§ 3 Abs. 2 TIntG";
	static final BigDecimal PAY_WEIGHT = new BigDecimal("0.8");
	static final BigDecimal PRICE_WEIGHT = new BigDecimal("0.2");
	static final BigDecimal HUNDRED = new BigDecimal("100");

	private StatutoryMinimumRule() {
	}

	/** Index changes of one year in percent. */
	public record IndexChanges(BigDecimal tvlPayRisePercent, BigDecimal cpiHousingEnergyPercent) {

		boolean complete() {
			return tvlPayRisePercent != null && cpiHousingEnergyPercent != null;
		}
	}

	/** The minimum of {@code year}, or the years whose index changes are still missing. */
	public record Result(int year, Money minimum, List<Integer> missingIndexYears) {
	}

	public static Result minimum(int baseYear, Money base, Map<Integer, IndexChanges> changes, int year) {
		if (year < baseYear) {
			return new Result(year, null, List.of());
		}
		Money minimum = base;
		List<Integer> missing = new ArrayList<>();
		for (int y = baseYear + 1; y <= year; y++) {
			IndexChanges c = changes.get(y);
			if (c == null || !c.complete()) {
				missing.add(y);
				continue;
			}
			BigDecimal factor = BigDecimal.ONE
					.add(PAY_WEIGHT.multiply(c.tvlPayRisePercent()).divide(HUNDRED))
					.add(PRICE_WEIGHT.multiply(c.cpiHousingEnergyPercent()).divide(HUNDRED));
			minimum = Money.rounded(minimum.amount().multiply(factor));
		}
		return new Result(year, missing.isEmpty() ? minimum : null, List.copyOf(missing));
	}
}
