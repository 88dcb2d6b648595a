package de.nrw.kim.cooperation.internal;

import java.util.List;

/** A new conference as entered: day (ISO date), partners, internal participants by name, categories, agenda. */
public record ConferenceDraft(String on, List<String> partnerIds, List<String> internalParticipants,
		List<String> dataCategories, String agenda) {
}
