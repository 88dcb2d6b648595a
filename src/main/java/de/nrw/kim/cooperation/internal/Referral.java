package de.nrw.kim.cooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.cooperation.DeclineReason;
import de.nrw.kim.cooperation.ReferralStatus;
import de.nrw.kim.partner.LegalDomain;

/**
 * A referral with its content.
 *
 * @param disclosed the data sent, per category, as it was on the day of the referral
 */
public record Referral(UUID id, UUID caseId, UUID clientId, UUID partnerId, UUID consentId, LegalDomain legalDomain,
		LifeDomain lifeDomain, Set<DataCategory> categories, ReferralStatus status, DeclineReason declineReason,
		LocalDate sentOn, Instant sentAt, String sentBy, Instant updatedAt, String updatedBy, String note,
		Map<String, Object> disclosed, String outcome, int version) {
}
