package de.nrw.kim.funding;

import java.math.BigDecimal;

import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyAndFteTest {

	@Nested
	class MoneyAmounts {

		@Test
		void alwaysCarryTwoDecimals() {
			assertThat(Money.of(new BigDecimal("57000")).toString()).isEqualTo("57000.00");
			assertThat(Money.of("0.5").amount().scale()).isEqualTo(2);
		}

		@Test
		void refuseFractionsOfACentInsteadOfRoundingSilently() {
			assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class);
			assertThat(Money.of("1.0500").toString()).isEqualTo("1.05");
		}

		@Test
		void roundComputedValuesHalfUpToTheCent() {
			assertThat(Money.rounded(new BigDecimal("1.005"))).isEqualTo(Money.of("1.01"));
			assertThat(Money.rounded(new BigDecimal("1.0049"))).isEqualTo(Money.of("1.00"));
			assertThat(Money.quotient(new BigDecimal("57000.00").multiply(new BigDecimal("7")), 12)).isEqualTo(Money.of("33250.00"));
			assertThat(Money.quotient(new BigDecimal("55000.00").multiply(new BigDecimal("0.75")), 12)).isEqualTo(Money.of("3437.50"));
			assertThat(Money.quotient(new BigDecimal("100.00"), 12)).isEqualTo(Money.of("8.33"));
			assertThat(Money.quotient(new BigDecimal("0.30"), 12)).isEqualTo(Money.of("0.03"));
		}
	}

	@Nested
	class FullTimeEquivalents {

		@Test
		void goFromFiveHundredthsToOneInStepsOfFiveHundredths() {
			assertThat(Fte.isValid(new BigDecimal("0.05"))).isTrue();
			assertThat(Fte.isValid(new BigDecimal("0.75"))).isTrue();
			assertThat(Fte.isValid(new BigDecimal("1.0"))).isTrue();
			assertThat(Fte.isValid(new BigDecimal("0.33"))).isFalse();
			assertThat(Fte.isValid(new BigDecimal("1.05"))).isFalse();
			assertThat(Fte.isValid(BigDecimal.ZERO)).isFalse();
		}

		@Test
		void belowOneHalfAreNotEligible() {
			assertThat(Fte.of("0.45").isEligible()).isFalse();
			assertThat(Fte.of("0.5").isEligible()).isTrue();
		}
	}
}
