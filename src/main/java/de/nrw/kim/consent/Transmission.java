package de.nrw.kim.consent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One disclosure of a client's data to another body, for the transmission register. Either a
 * consent or a legal basis justifies it.
 *
 * @param occasion   REFERRAL, CONFERENCE, TRANSFER or EXPORT
 * @param occasionId the referral, conference, transfer … that disclosed
 */
public record Transmission(UUID id, UUID clientId, Instant at, String by, Recipient recipient, String recipientName,
		Set<DataCategory> categories, UUID consentId, String legalBasis, Occasion occasion, UUID occasionId) {

	public enum Occasion {
		REFERRAL, CONFERENCE, TRANSFER, EXPORT
	}
}
