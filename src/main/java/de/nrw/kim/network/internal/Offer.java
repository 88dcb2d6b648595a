package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;

/** An offer of a network partner (no personal data). */
public record Offer(UUID id, UUID partnerId, String partnerName, String title, LifeDomain domain, List<String> languages,
		String targetGroup, String location, String openingHours, Integer capacity, Integer waitingWeeks, String cost,
		String accessibility, LocalDate lastCheckedOn, int version) {

	public boolean isStale(LocalDate today, int staleAfterDays) {
		return lastCheckedOn.plusDays(staleAfterDays).isBefore(today);
	}
}
