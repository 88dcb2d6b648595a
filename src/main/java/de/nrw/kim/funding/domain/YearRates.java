package de.nrw.kim.funding.domain;

import java.util.Objects;

/**
 * The rates of one funding year (funding-rules.md "Guideline versions"), all in euros.
 *
 * @param ratePerFte          personnel lump sum per FTE and year, all Bausteine
 * @param adminAssistanceRate admin assistance (Baustein 1) per 0.5 post and year
 * @param equipmentPerFte     workplace equipment, once per new FTE (Baustein 1)
 */
public record YearRates(int year, Money ratePerFte, Money adminAssistanceRate, Money equipmentPerFte) {

	public YearRates {
		Objects.requireNonNull(ratePerFte);
		Objects.requireNonNull(adminAssistanceRate);
		Objects.requireNonNull(equipmentPerFte);
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("Ungültiges Förderjahr: " + year);
		}
		if (ratePerFte.isNegative() || adminAssistanceRate.isNegative() || equipmentPerFte.isNegative()) {
			throw new IllegalArgumentException("Fördersätze sind nicht negativ");
		}
	}
}
