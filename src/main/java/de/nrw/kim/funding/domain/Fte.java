package de.nrw.kim.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Size of a position in full-time equivalents (VZÄ): 0.05 to 1.00 in steps of 0.05. Positions below
 * 0.5 may be recorded but are not eligible for funding (funding-rules.md, rule 1).
 */
public record Fte(BigDecimal value) implements Comparable<Fte> {

	public static final BigDecimal STEP = new BigDecimal("0.05");
	public static final Fte MINIMUM_ELIGIBLE = new Fte(new BigDecimal("0.50"));
	public static final Fte FULL = new Fte(BigDecimal.ONE);

	public Fte {
		Objects.requireNonNull(value, "value");
		if (!isValid(value)) {
			throw new IllegalArgumentException("Ungültiger Stellenumfang: " + value.toPlainString());
		}
		value = value.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static boolean isValid(BigDecimal value) {
		return value != null && value.compareTo(STEP) >= 0 && value.compareTo(BigDecimal.ONE) <= 0
				&& value.remainder(STEP).signum() == 0;
	}

	public static Fte of(String value) {
		return new Fte(new BigDecimal(value));
	}

	/** Rule 1: at least 0.5 FTE. */
	public boolean isEligible() {
		return compareTo(MINIMUM_ELIGIBLE) >= 0;
	}

	@JsonValue
	public BigDecimal json() {
		return value;
	}

	@Override
	public int compareTo(Fte other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toPlainString();
	}
}
