package de.nrw.kim.survey.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** The answer of one municipality to a survey; {@code version} is null while nothing is saved. */
public record Response(UUID surveyId, String municipalityKey, Status status, Map<String, Object> answers,
		OffsetDateTime updatedAt, String updatedBy, OffsetDateTime submittedAt, String submittedBy, Integer version) {

	public enum Status {
		NOT_STARTED, DRAFT, SUBMITTED
	}
}
