package de.nrw.kim.cooperation.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.platform.MunicipalityKey;

/** A transfer (Übergabe) of a case to the municipality the client moves to. */
public record Transfer(UUID id, MunicipalityKey from, UUID caseId, UUID clientId, MunicipalityKey to, UUID consentId,
		Set<DataCategory> categories, Map<String, Object> disclosed, Status status, String declineReason,
		Instant requestedAt, String requestedBy, Instant answeredAt, String answeredBy, UUID newCaseId) {

	public enum Status {
		PENDING, ACCEPTED, DECLINED
	}
}
