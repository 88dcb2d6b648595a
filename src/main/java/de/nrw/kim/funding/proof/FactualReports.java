package de.nrw.kim.funding.proof;

import java.util.List;

import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The figures of the factual report as they are now, from every {@link FactualReportSource}. Not
 * transactional on purpose: the case counts are read under the municipality's tenant, which a
 * state-level user can only enter outside a transaction (ADR 0304).
 */
@Service
public class FactualReports {

	private final List<FactualReportSource> sources;

	FactualReports(List<FactualReportSource> sources) {
		this.sources = sources;
	}

	@PreAuthorize(FundingAuthorities.PROOF)
	public FactualFigures current(MunicipalityKey municipality, int year) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStateLevel() && !municipality.equals(user.requireMunicipality())) {
			throw new NotFoundException("Die Kommune " + municipality);
		}
		return new FactualFigures(sources.stream().map(source -> source.section(municipality, year)).toList());
	}
}
