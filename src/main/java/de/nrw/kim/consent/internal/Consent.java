package de.nrw.kim.consent.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.consent.ConsentForm;
import de.nrw.kim.consent.ConsentStatus;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;

/** A recorded consent; its status depends on the day asked about. */
public record Consent(UUID id, UUID clientId, List<UUID> partnerIds, List<String> municipalityKeys,
		Set<DataCategory> categories, String purpose, ConsentForm form, String witnessName, String interpreterName,
		LocalDate givenOn, LocalDate validUntil, Instant revokedAt, String revokedBy, String revocationNote,
		Instant createdAt, String createdBy, Scan scan, int version) {

	public ConsentStatus statusOn(LocalDate day) {
		if (revokedAt != null) {
			return ConsentStatus.REVOKED;
		}
		if (validUntil != null && day.isAfter(validUntil)) {
			return ConsentStatus.EXPIRED;
		}
		return ConsentStatus.ACTIVE;
	}

	/** Covers on that day: active, already given, and naming the recipient. */
	public boolean names(Recipient recipient) {
		return switch (recipient.kind()) {
			case PARTNER -> partnerIds.stream().anyMatch(id -> id.toString().equals(recipient.id()));
			case MUNICIPALITY -> municipalityKeys.contains(recipient.id());
		};
	}

	public boolean activeOn(LocalDate day) {
		return statusOn(day) == ConsentStatus.ACTIVE && !givenOn.isAfter(day);
	}

	/** The attached scan of the signed form, without its content. */
	public record Scan(String fileName, String mediaType, long size, String sha256, Instant uploadedAt, String uploadedBy) {
	}
}
