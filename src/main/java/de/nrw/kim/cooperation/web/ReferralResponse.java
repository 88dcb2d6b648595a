package de.nrw.kim.cooperation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.cooperation.DeclineReason;
import de.nrw.kim.cooperation.ReferralStatus;
import de.nrw.kim.cooperation.internal.Referral;
import de.nrw.kim.cooperation.internal.ReferralService;
import de.nrw.kim.partner.LegalDomain;

/**
 * A referral as the API returns it. For a partner's staff {@code caseId}, {@code clientId} and
 * {@code consentId} are left out, and {@code client}/{@code note} are {@code null} once no consent
 * covers them any more.
 */
record ReferralResponse(UUID id, UUID caseId, UUID clientId, UUID partnerId, String partnerName, LegalDomain legalDomain,
		LifeDomain lifeDomain, Set<DataCategory> dataCategories, UUID consentId, Set<DataCategory> coveredCategories,
		boolean consentCovers, ReferralStatus status, DeclineReason declineReason, String outcome, String note,
		Map<String, Object> client, LocalDate sentOn, Instant sentAt, String sentBy, Instant updatedAt, int version) {

	static ReferralResponse of(ReferralService.View view) {
		Referral r = view.referral();
		boolean partner = view.forPartner();
		return new ReferralResponse(r.id(), partner ? null : r.caseId(), partner ? null : r.clientId(), r.partnerId(),
				view.partnerName(), r.legalDomain(), r.lifeDomain(), r.categories(), partner ? null : r.consentId(),
				view.coveredCategories(), view.coveredCategories().containsAll(r.categories()), r.status(),
				r.declineReason(), r.outcome(), view.note(), view.client(), r.sentOn(), r.sentAt(), r.sentBy(),
				r.updatedAt(), r.version());
	}
}
