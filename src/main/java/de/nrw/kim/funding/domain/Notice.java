package de.nrw.kim.funding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * The grant notice (Zuwendungsbescheid): approved amount per Baustein, computed with the same rules
 * from the planned positions and reduced with a reason where the grant officer decided so.
 */
public record Notice(UUID id, MunicipalityKey municipality, UUID applicationId, int year, String referenceNumber,
		Decision decision, LocalDate decidedOn, Money computedAmount, Map<Module, Money> computedByModule,
		Money approvedAmount, Map<Module, Money> approvedByModule, String reason, String conditions,
		String guidelineVersion, String decidedBy, Instant createdAt) {

	public enum Decision {
		APPROVED, PARTLY_APPROVED, REJECTED
	}
}
