package de.nrw.kim.reporting.internal;

import java.util.HashMap;
import java.util.Map;

import de.nrw.kim.cooperation.ReferralFigures;

import static de.nrw.kim.reporting.internal.Measures.*;

/** The cooperation module's referral counts of a municipality-year as stored figures (scope: municipality). */
final class ReferralCounts {

	private ReferralCounts() {
	}

	static Map<FigureKey, Long> figures(ReferralFigures.Figures f) {
		Map<FigureKey, Long> figures = new HashMap<>();
		put(figures, REFERRALS, f.total());
		f.byLegalDomain().forEach((domain, n) -> put(figures, REFERRAL_DOMAIN + domain, n));
		f.byStatus().forEach((status, n) -> put(figures, REFERRAL_STATUS + status, n));
		return figures;
	}

	private static void put(Map<FigureKey, Long> figures, String measure, long value) {
		if (value != 0) {
			figures.put(new FigureKey(FigureCalculator.MUNICIPALITY, measure, 0), value);
		}
	}
}
