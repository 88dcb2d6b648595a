package de.nrw.kim.consent;

import java.util.Set;
import java.util.UUID;

/** Writing to the transmission register (in the caller's transaction and municipality). */
public interface TransmissionRegister {

	/**
	 * Records a disclosure by the current user now and returns it.
	 *
	 * @throws IllegalArgumentException when neither consent nor legal basis is given
	 */
	Transmission record(UUID clientId, Recipient recipient, String recipientName, Set<DataCategory> categories,
			UUID consentId, String legalBasis, Transmission.Occasion occasion, UUID occasionId);
}
