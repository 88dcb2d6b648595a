package de.nrw.kim.cooperation;

import java.util.Map;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * Aggregated referral counts of one municipality and year (by the day a referral was sent), for
 * reporting, funding and the network. Only counts leave — never a referral, case or client. Callers
 * of a municipality get their own municipality's figures; state-level callers (ministry, grant
 * officer) any municipality's. Small cells are not suppressed here: that is the reporting's job.
 */
public interface ReferralFigures {

	/** @throws de.nrw.kim.platform.NotFoundException for a municipal caller asking about another municipality */
	Figures of(MunicipalityKey municipality, int year);

	/**
	 * Declines with the reason {@link DeclineReason#NO_CAPACITY} per receiving partner, for referrals
	 * sent in the year; partners without such a decline are left out, most declines first.
	 *
	 * @throws de.nrw.kim.platform.NotFoundException for a municipal caller asking about another municipality
	 */
	java.util.List<PartnerDeclines> noCapacityDeclinesByPartner(MunicipalityKey municipality, int year);

	/** Number of "no capacity" declines of one partner (its id in the partner register). */
	record PartnerDeclines(java.util.UUID partnerId, long declines) {
	}

	/** Counts; the maps hold every enum value (zero included), keyed by its name. */
	record Figures(String municipalityKey, int year, long total, Map<String, Long> byLegalDomain,
			Map<String, Long> byStatus, Map<String, Long> byDeclineReason) {
	}
}
