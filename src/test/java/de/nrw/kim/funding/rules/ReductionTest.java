package de.nrw.kim.funding.rules;

import java.util.EnumMap;
import java.util.Map;

import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReductionTest {

	static Map<Module, Money> computed(String one, String two, String three) {
		Map<Module, Money> amounts = new EnumMap<>(Module.class);
		amounts.put(Module.COORDINATION, Money.of(one));
		amounts.put(Module.CASE_MANAGEMENT, Money.of(two));
		amounts.put(Module.IMMIGRATION_OFFICE, Money.of(three));
		return amounts;
	}

	@Test
	void spreadsAReductionInProportionInWholeCentsThatAddUpExactly() {
		Map<Module, Money> reduced = Reduction.proportional(computed("100.00", "100.00", "100.00"), Money.of("100.00"));
		assertThat(reduced.values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.of("100.00"));
		assertThat(reduced.get(Module.COORDINATION)).isEqualTo(Money.of("33.34"));
		assertThat(reduced.get(Module.CASE_MANAGEMENT)).isEqualTo(Money.of("33.33"));
		assertThat(reduced.get(Module.IMMIGRATION_OFFICE)).isEqualTo(Money.of("33.33"));
	}

	@Test
	void neverGivesABausteinMoreThanItsComputedAmount() {
		Map<Module, Money> reduced = Reduction.proportional(computed("86200.00", "28500.00", "0.00"), Money.of("100000.00"));
		assertThat(reduced.get(Module.IMMIGRATION_OFFICE)).isEqualTo(Money.ZERO);
		assertThat(reduced.get(Module.COORDINATION)).isLessThanOrEqualTo(Money.of("86200.00"));
		assertThat(reduced.values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.of("100000.00"));
	}
}
