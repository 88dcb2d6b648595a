package de.nrw.kim.funding.proof;

import java.util.List;

import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.domain.GuidelineYear;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.grant.GrantService;
import de.nrw.kim.funding.guideline.GuidelineService;
import de.nrw.kim.funding.position.PositionService;
import de.nrw.kim.funding.rules.ProofOfUseCalculation;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the numerical proof of use of a municipality for a year from the actual staffing history,
 * with the rates and rules of the guideline version that governs the year (409 when none are set).
 * Coordinators compute their own municipality's (another one is "not found"), the grant authority
 * and the ministry any.
 */
@Service
public class ProofOfUseService {

	private final PositionService positions;
	private final GuidelineService guidelines;
	private final GrantService grants;
	private final Municipalities municipalities;

	ProofOfUseService(PositionService positions, GuidelineService guidelines, GrantService grants,
			Municipalities municipalities) {
		this.positions = positions;
		this.guidelines = guidelines;
		this.grants = grants;
		this.municipalities = municipalities;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.PROOF)
	public ProofOfUseCalculation compute(MunicipalityKey municipality, int year) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStateLevel() && !municipality.equals(user.requireMunicipality())) {
			throw new NotFoundException("Die Kommune " + municipality);
		}
		municipalities.get(municipality);
		GuidelineYear basis = guidelines.forYear(year);
		List<Position> register = positions.visiblePositions(municipality);
		return ProofOfUseCalculation.compute(year, register, positions.actualCosts(municipality, year), basis,
				guidelines.ruleSet(basis), grants.paid(municipality, year));
	}
}
