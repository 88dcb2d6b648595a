package de.nrw.kim.survey.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A survey with its questionnaire; {@code recipients} are the municipality keys it went to (empty while a draft). */
public record Survey(UUID id, String title, String description, Questionnaire questionnaire, LocalDate deadline,
		OffsetDateTime sentAt, String sentBy, OffsetDateTime updatedAt, String updatedBy, int version,
		List<String> recipients) {

	public enum State {
		DRAFT, OPEN, CLOSED
	}

	public State state(LocalDate today) {
		if (sentAt == null) {
			return State.DRAFT;
		}
		return today.isAfter(deadline) ? State.CLOSED : State.OPEN;
	}

	public boolean isSent() {
		return sentAt != null;
	}
}
