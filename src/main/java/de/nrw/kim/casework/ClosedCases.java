package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * Who is due for deletion under the retention period (Löschkonzept, ADR 0025): clients of a
 * municipality who have cases and whose cases all closed before a cut-off day. Ids only; for the
 * retention run, which runs under the municipality's tenant.
 */
public interface ClosedCases {

	/** Clients with at least one case, every one closed, the last before {@code cutoff}. */
	List<UUID> clientsAllClosedBefore(MunicipalityKey municipality, LocalDate cutoff);
}
