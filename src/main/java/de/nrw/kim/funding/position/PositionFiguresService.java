package de.nrw.kim.funding.position;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.funding.PositionFigures;
import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the positions of the register that exist on a day, per Baustein (ADR 0707). */
@Service
class PositionFiguresService implements PositionFigures {

	private final Positions positions;

	PositionFiguresService(Positions positions) {
		this.positions = positions;
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public Figures of(MunicipalityKey municipality, LocalDate on) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStateLevel() && !municipality.equals(user.municipality())) {
			throw new NotFoundException("Die Kommune " + municipality);
		}
		List<Position> all = positions.ofMunicipality(municipality);
		List<ModuleFigures> byModule = new ArrayList<>();
		for (Module module : Module.values()) {
			long count = 0;
			long filled = 0;
			BigDecimal fte = BigDecimal.ZERO;
			BigDecimal vacantFte = BigDecimal.ZERO;
			for (Position p : all) {
				if (p.module() != module || !p.existsOn(on)) {
					continue;
				}
				BigDecimal share = p.termsOn(on).fte().value();
				count++;
				fte = fte.add(share);
				if (p.filledOn(on)) {
					filled++;
				} else {
					vacantFte = vacantFte.add(share);
				}
			}
			byModule.add(new ModuleFigures(module.number(), count, filled, count - filled, fte, vacantFte));
		}
		return new Figures(municipality.value(), on, byModule);
	}
}
