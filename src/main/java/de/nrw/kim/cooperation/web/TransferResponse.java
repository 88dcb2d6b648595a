package de.nrw.kim.cooperation.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.cooperation.internal.Transfer;

/**
 * A transfer as the API returns it. The receiving municipality gets no case id and only the data the
 * consent covered ({@code client}); only it gets the new case's id ({@code newCaseId}) after accepting.
 */
record TransferResponse(UUID id, String status, String fromMunicipalityKey, String toMunicipalityKey, UUID caseId,
		UUID clientId, UUID consentId, Set<DataCategory> dataCategories, Map<String, Object> client, String declineReason,
		Instant requestedAt, String requestedBy, Instant answeredAt, String answeredBy, UUID newCaseId) {

	static TransferResponse of(Transfer t, boolean forReceiver) {
		return new TransferResponse(t.id(), t.status().name(), t.from().value(), t.to().value(), forReceiver ? null : t.caseId(),
				t.clientId(), forReceiver ? null : t.consentId(), t.categories(), t.disclosed(), t.declineReason(),
				t.requestedAt(), t.requestedBy(), t.answeredAt(), t.answeredBy(), forReceiver ? t.newCaseId() : null);
	}
}
