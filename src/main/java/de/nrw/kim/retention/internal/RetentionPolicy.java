package de.nrw.kim.retention.internal;

import java.time.Instant;

/**
 * The retention period of a municipality; {@code standard} when the administrator never set one.
 *
 * @param version 0 for the standard period, which has no row yet
 */
public record RetentionPolicy(int retentionYears, String legalBasis, Instant changedAt, String changedBy, int version,
		boolean standard) {
}
