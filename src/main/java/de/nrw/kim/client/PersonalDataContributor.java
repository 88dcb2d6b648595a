package de.nrw.kim.client;

import java.util.UUID;

/**
 * A module that holds personal data about a client adds it to the Art. 15 GDPR export by
 * implementing this. The export calls every contributor within the caller's tenant.
 */
public interface PersonalDataContributor {

	/** The key of this part in the export, e.g. {@code "cases"}. */
	String section();

	/** German heading of this part in the PDF export. */
	String title();

	/** Plain data (records, lists, maps of simple values) that is serialised as JSON and printed. */
	Object collect(UUID clientId);
}
