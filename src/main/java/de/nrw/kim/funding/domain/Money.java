package de.nrw.kim.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount in euros with exactly two decimals. Never a floating-point number: exact amounts come in
 * with at most two decimals ({@link #of}); computed ones are rounded half-up to the cent where the
 * rule says so ({@link #rounded}). In JSON it is a number with two decimals ({@code 57000.00}).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("Ein Betrag hat höchstens zwei Nachkommastellen: " + amount.toPlainString());
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** An exact amount (at most two decimals). */
	@JsonCreator
	public static Money of(BigDecimal amount) {
		return new Money(amount);
	}

	public static Money of(String amount) {
		return new Money(new BigDecimal(amount));
	}

	/** A computed amount, rounded half-up to the cent. */
	public static Money rounded(BigDecimal exact) {
		return new Money(exact.setScale(2, ROUNDING));
	}

	/** {@code numerator / divisor}, rounded half-up to the cent in one step (no intermediate rounding). */
	public static Money quotient(BigDecimal numerator, int divisor) {
		return new Money(numerator.divide(BigDecimal.valueOf(divisor), 2, ROUNDING));
	}

	@JsonValue
	public BigDecimal json() {
		return amount;
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(other.amount));
	}

	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return amount.toPlainString();
	}
}
