package de.nrw.kim.cooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.consent.DataCategory;

/** A case conference (Fallkonferenz): who took part, what was disclosed under which consent, minutes, decisions. */
public record Conference(UUID id, UUID caseId, UUID clientId, LocalDate heldOn, String agenda, Set<DataCategory> categories,
		String minutes, List<Participant> participants, List<Decision> decisions, Instant createdAt, String createdBy,
		Instant updatedAt, String updatedBy, int version) {

	/** A partner (with the consent that covered it) or an internal participant (by name). */
	public record Participant(UUID partnerId, String partnerName, UUID consentId, String name) {

		public boolean isPartner() {
			return partnerId != null;
		}
	}

	/** A decision; each scheduled a follow-up on the case. */
	public record Decision(UUID id, String text, String responsible, LocalDate dueOn, UUID followUpId, Instant createdAt,
			String createdBy) {
	}

	/** One saved version of the minutes. */
	public record Minutes(int version, String text, Instant writtenAt, String writtenBy) {
	}
}
