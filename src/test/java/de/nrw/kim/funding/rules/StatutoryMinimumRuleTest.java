package de.nrw.kim.funding.rules;

import java.math.BigDecimal;
import java.util.Map;

import de.nrw.kim.funding.domain.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryMinimumRuleTest {

	static final Money BASE = Money.of("130000000.00");

	static StatutoryMinimumRule.IndexChanges changes(String tvl, String cpi) {
		return new StatutoryMinimumRule.IndexChanges(new BigDecimal(tvl), new BigDecimal(cpi));
	}

	@Test
	void theBaseYearIsTheStatutoryAmount() {
		assertThat(StatutoryMinimumRule.minimum(2022, BASE, Map.of(), 2022).minimum()).isEqualTo(BASE);
	}

	@Test
	void eachYearWeighsThePayRiseWithEightyAndThePriceIndexWithTwentyPercent() {
		// 2023: 130,000,000 × (1 + 0.8 × 2.8 % + 0.2 × 5 %) = 130,000,000 × 1.0324 = 134,212,000.00
		// 2024: 134,212,000 × (1 + 0.8 × 5.5 % + 0.2 × 2 %) = 134,212,000 × 1.048 = 140,654,176.00
		Map<Integer, StatutoryMinimumRule.IndexChanges> changes = Map.of(2023, changes("2.8", "5.0"), 2024, changes("5.5", "2.0"));
		assertThat(StatutoryMinimumRule.minimum(2022, BASE, changes, 2023).minimum()).isEqualTo(Money.of("134212000.00"));
		assertThat(StatutoryMinimumRule.minimum(2022, BASE, changes, 2024).minimum()).isEqualTo(Money.of("140654176.00"));
	}

	@Test
	void roundsHalfUpToTheCentEveryYear() {
		// 1,000.01 × (1 + 0.8 × 1.2345 %) = 1,000.01 × 1.009876 = 1,009.886…  → 1,009.89
		assertThat(StatutoryMinimumRule.minimum(2022, Money.of("1000.01"), Map.of(2023, changes("1.2345", "0")), 2023).minimum())
				.isEqualTo(Money.of("1009.89"));
	}

	@Test
	void withoutTheIndexChangesOfAYearThereIsNoMinimumYetAndTheYearIsNamed() {
		StatutoryMinimumRule.Result result = StatutoryMinimumRule.minimum(2022, BASE, Map.of(2023, changes("2.8", "5.0")), 2025);
		assertThat(result.minimum()).isNull();
		assertThat(result.missingIndexYears()).containsExactly(2024, 2025);
	}
}
