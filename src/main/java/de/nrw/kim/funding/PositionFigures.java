package de.nrw.kim.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * Positions and vacancies of one municipality on a day, per Baustein — counts and full-time
 * equivalents only, no employer, no person. Callers of a municipality get their own municipality's
 * figures; state-level callers (grant officer, ministry) any municipality's.
 */
public interface PositionFigures {

	/** @throws de.nrw.kim.platform.NotFoundException for a municipal caller asking about another municipality */
	Figures of(MunicipalityKey municipality, LocalDate on);

	/** @param byModule one entry per Baustein 1, 2, 3 (zero included) */
	record Figures(String municipalityKey, LocalDate on, List<ModuleFigures> byModule) {

		public long positions() {
			return byModule.stream().mapToLong(ModuleFigures::positions).sum();
		}

		public long vacant() {
			return byModule.stream().mapToLong(ModuleFigures::vacant).sum();
		}
	}

	/**
	 * @param module    the Baustein (1 coordination, 2 case management, 3 immigration office)
	 * @param positions positions that exist on the day (filled or vacant)
	 * @param vacantFte full-time equivalents of the vacant positions
	 */
	record ModuleFigures(int module, long positions, long filled, long vacant, BigDecimal fte, BigDecimal vacantFte) {
	}
}
