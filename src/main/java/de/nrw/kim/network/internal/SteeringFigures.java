package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.cooperation.ReferralFigures;
import de.nrw.kim.funding.PositionFigures;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dashboard's figures from other modules: positions and vacancies (funding) and the "no capacity"
 * declines per partner (cooperation) — counts only, never a person or a referral (ADR 0707).
 */
@Service
public class SteeringFigures {

	private final PositionFigures positions;
	private final ReferralFigures referrals;
	private final Partners partners;

	SteeringFigures(PositionFigures positions, ReferralFigures referrals, Partners partners) {
		this.positions = positions;
		this.referrals = referrals;
		this.partners = partners;
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	public PositionFigures.Figures positions(LocalDate on) {
		return positions.of(CurrentUser.require().requireMunicipality(), on);
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	public List<PartnerDeclines> noCapacityDeclines(int year) {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		return referrals.noCapacityDeclinesByPartner(m, year).stream()
				.map(d -> new PartnerDeclines(d.partnerId(), partners.find(d.partnerId()).map(Partner::name).orElse("–"),
						d.declines()))
				.toList();
	}

	public record PartnerDeclines(UUID partnerId, String partnerName, long declines) {
	}
}
