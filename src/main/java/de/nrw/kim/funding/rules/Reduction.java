package de.nrw.kim.funding.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;

/**
 * A reduced approval spread over the Bausteine in proportion to their computed amounts, in whole
 * cents that add up exactly (largest remainder: the cents left after rounding down go to the
 * Bausteine with the largest remainders, ties to the lower number).
 */
public final class Reduction {

	private Reduction() {
	}

	public static Map<Module, Money> proportional(Map<Module, Money> computed, Money target) {
		Money total = computed.values().stream().reduce(Money.ZERO, Money::plus);
		Map<Module, Money> result = new EnumMap<>(Module.class);
		if (!total.isPositive()) {
			computed.keySet().forEach(m -> result.put(m, Money.ZERO));
			return result;
		}
		long targetCents = target.amount().movePointRight(2).longValueExact();
		long assigned = 0;
		List<Map.Entry<Module, BigDecimal>> remainders = new ArrayList<>();
		for (Module module : Module.values()) {
			Money part = computed.getOrDefault(module, Money.ZERO);
			BigDecimal exactCents = part.amount().movePointRight(2).multiply(BigDecimal.valueOf(targetCents))
					.divide(total.amount().movePointRight(2), 10, RoundingMode.DOWN);
			long cents = exactCents.setScale(0, RoundingMode.DOWN).longValueExact();
			assigned += cents;
			result.put(module, Money.of(BigDecimal.valueOf(cents, 2)));
			remainders.add(Map.entry(module, exactCents.subtract(BigDecimal.valueOf(cents))));
		}
		remainders.sort(Map.Entry.<Module, BigDecimal>comparingByValue(Comparator.reverseOrder())
				.thenComparing(e -> e.getKey().number()));
		for (int i = 0; assigned < targetCents; i++, assigned++) {
			Module module = remainders.get(i % remainders.size()).getKey();
			result.put(module, result.get(module).plus(Money.of("0.01")));
		}
		return result;
	}
}
