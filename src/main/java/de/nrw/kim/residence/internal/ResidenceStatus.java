package de.nrw.kim.residence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.residence.ResidenceType;

/** A residence status of a client as stored; {@code validUntil} {@code null} means without time limit. */
public record ResidenceStatus(UUID id, UUID clientId, ResidenceType type, LocalDate validFrom, LocalDate validUntil,
		String issuingOffice, String conditions, boolean mayOverlap, boolean deleted, Instant updatedAt, String createdBy,
		String updatedBy, int version) {

	public boolean covers(LocalDate day) {
		return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
	}

	public boolean overlaps(LocalDate from, LocalDate until) {
		return (validUntil == null || !validUntil.isBefore(from)) && (until == null || !until.isBefore(validFrom));
	}

	/** A status as the perspective rules see it (tests build these directly). */
	public static ResidenceStatus of(ResidenceType type, LocalDate from, LocalDate until) {
		return new ResidenceStatus(UUID.randomUUID(), null, type, from, until, null, null, false, false, null, null, null, 0);
	}
}
