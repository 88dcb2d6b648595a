package de.nrw.kim.funding.domain;

/** The guideline version that governs a funding year, with that year's rates. */
public record GuidelineYear(FundingGuideline guideline, YearRates rates) {

	public int year() {
		return rates.year();
	}

	/** How every computed amount names its basis: "KIM-2024 – KIM-Richtlinie 2024 (RdErl. …)". */
	public String label() {
		return guideline.code() + " – " + guideline.label();
	}
}
