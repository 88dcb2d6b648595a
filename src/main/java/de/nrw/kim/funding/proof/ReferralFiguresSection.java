package de.nrw.kim.funding.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.nrw.kim.cooperation.ReferralFigures;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The referrals of the year by legal domain (Rechtskreis) and how many partners declined for lack of
 * capacity (issue 4, item 5) — counts from the cooperation module, never a referral or a person.
 */
@Component
@Order(20)
class ReferralFiguresSection implements FactualReportSource {

	private final ReferralFigures referrals;

	ReferralFiguresSection(ReferralFigures referrals) {
		this.referrals = referrals;
	}

	@Override
	public FactualFigures.Section section(MunicipalityKey municipality, int year) {
		ReferralFigures.Figures figures = referrals.of(municipality, year);
		List<FactualFigures.Row> rows = new ArrayList<>();
		rows.add(FactualFigures.Row.of("total", figures.total()));
		for (Map.Entry<String, Long> domain : figures.byLegalDomain().entrySet()) {
			rows.add(FactualFigures.Row.detail("domain." + domain.getKey(), domain.getValue()));
		}
		rows.add(FactualFigures.Row.of("declinedNoCapacity", figures.byDeclineReason().getOrDefault("NO_CAPACITY", 0L)));
		return new FactualFigures.Section("referrals", List.copyOf(rows));
	}
}
