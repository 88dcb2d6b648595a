package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.partner.LegalDomain;

/**
 * A structural gap as the coordination may see it: no case, no person, not even who raised it.
 * {@code raisedByMe} and {@code supportedByMe} are relative to the caller.
 */
public record Gap(UUID id, LifeDomain domain, LegalDomain legalDomain, UUID partnerId, UUID offerId, String description,
		GapStatus status, String resolution, LocalDate raisedOn, int evidenceCount, boolean raisedByMe,
		boolean supportedByMe, int version) {
}
