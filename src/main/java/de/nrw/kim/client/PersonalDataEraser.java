package de.nrw.kim.client;

import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * A module that holds personal data about a client erases it when the retention period ends
 * (Löschkonzept, ADR 0025) by implementing this, in its own package and on its own tables only — the
 * counterpart of {@link PersonalDataContributor} for the Art. 15 export.
 * <p>
 * The retention run calls every eraser inside one transaction under the municipality's tenant, in
 * the order of Spring's {@code @Order} (modules whose rows point at others' rows first); the client
 * module's own eraser, which deletes the person, runs last. Figures already condensed for the
 * statistics are never touched.
 */
public interface PersonalDataEraser {

	/** The key of this part in the deletion report, e.g. {@code "cases"}; counts only, no data. */
	String section();

	/** Erases or anonymises everything this module holds on the client; returns how many records. */
	int erase(MunicipalityKey municipality, UUID clientId);
}
