package de.nrw.kim.consent.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.consent.ConsentForm;
import de.nrw.kim.consent.ConsentStatus;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.internal.Consent;

/** A consent as the API returns it; {@code status} is computed for today. */
record ConsentResponse(UUID id, UUID clientId, ConsentStatus status, List<UUID> partnerIds, List<String> municipalityKeys,
		List<String> recipients, Set<DataCategory> dataCategories, String purpose, ConsentForm form, String witnessName,
		String interpreterName, LocalDate givenOn, LocalDate validUntil, Instant revokedAt, String revokedBy,
		String revocationNote, Scan scan, Instant createdAt, String createdBy, int version) {

	record Scan(String fileName, String mediaType, long size, String sha256, Instant uploadedAt, String uploadedBy) {
	}

	static ConsentResponse of(Consent c, ConsentStatus status, List<String> recipients) {
		Scan scan = c.scan() == null ? null : new Scan(c.scan().fileName(), c.scan().mediaType(), c.scan().size(),
				c.scan().sha256(), c.scan().uploadedAt(), c.scan().uploadedBy());
		return new ConsentResponse(c.id(), c.clientId(), status, c.partnerIds(), c.municipalityKeys(), recipients,
				c.categories(), c.purpose(), c.form(), c.witnessName(), c.interpreterName(), c.givenOn(), c.validUntil(),
				c.revokedAt(), c.revokedBy(), c.revocationNote(), scan, c.createdAt(), c.createdBy(), c.version());
	}
}
