package de.nrw.kim.retention.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** One retention run as the deletion report shows it: numbers only, no person. */
public record RetentionRun(UUID id, LocalDate asOf, boolean dryRun, int retentionYears, Instant startedAt,
		String startedBy, int deletedClients, int anonymisedCases, Map<String, Integer> erasedRecords)
		implements java.io.Serializable {
}
