package de.nrw.kim.cooperation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.cooperation.internal.Conference;

/** A case conference as the API returns it. */
record ConferenceResponse(UUID id, UUID caseId, UUID clientId, LocalDate on, String agenda, Set<DataCategory> dataCategories,
		List<Conference.Participant> participants, String minutes, List<Conference.Decision> decisions, Instant createdAt,
		String createdBy, Instant updatedAt, String updatedBy, int version) {

	static ConferenceResponse of(Conference c) {
		return new ConferenceResponse(c.id(), c.caseId(), c.clientId(), c.heldOn(), c.agenda(), c.categories(),
				c.participants(), c.minutes(), c.decisions(), c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy(),
				c.version());
	}
}
