package de.nrw.kim.client;

import java.util.Map;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * The profiles of a municipality's clients for aggregated statistics and the pseudonymised
 * evaluation extract. Like the case facts it is meant for jobs and state-level reports: the caller
 * runs it under the municipality's tenant (outside a transaction); case managers may not call it.
 */
public interface ClientStatistics {

	/** @throws IllegalStateException when the current tenant is not {@code municipality} */
	Map<UUID, ClientProfile> profilesOf(MunicipalityKey municipality);
}
