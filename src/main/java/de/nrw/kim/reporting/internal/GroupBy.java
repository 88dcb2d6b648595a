package de.nrw.kim.reporting.internal;

import java.util.Arrays;

import de.nrw.kim.platform.ValidationException;

/** The predefined levels of the statistics (no free grouping). */
public enum GroupBy {
	MUNICIPALITY, REGION, STATE;

	public static GroupBy parse(String value) {
		if (value == null || value.isBlank()) {
			return MUNICIPALITY;
		}
		return Arrays.stream(values()).filter(g -> g.name().equalsIgnoreCase(value.trim())).findFirst()
				.orElseThrow(() -> new ValidationException("groupBy",
						"Gruppierung nach MUNICIPALITY (Kommune), REGION (Regierungsbezirk) oder STATE (Land) wählen."));
	}
}
