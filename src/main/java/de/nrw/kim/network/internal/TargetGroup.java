package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A target group of the municipality's KIM concept with its eligibility rules; a rule left empty does
 * not restrict. The rules are data of the municipality with a validity period and a cited source.
 */
public record TargetGroup(UUID id, String name, String description, Integer arrivedWithinYears, Integer minAge,
		Integer maxAge, LocalDate validFrom, LocalDate validUntil, String source, int version) {

	public boolean validOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
	}
}
