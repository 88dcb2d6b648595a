package de.nrw.kim.cooperation.internal;

import java.util.List;
import java.util.Map;

/**
 * A referral as entered. {@code domain} is a Rechtskreis (e.g. SGB_II) or a Handlungsfeld (e.g.
 * LANGUAGE); {@code details} holds, per released category, what the case manager tells the partner
 * about it (BASIC is taken from the client record).
 */
public record ReferralDraft(String partnerId, String domain, List<String> dataCategories, String note,
		Map<String, String> details) {
}
