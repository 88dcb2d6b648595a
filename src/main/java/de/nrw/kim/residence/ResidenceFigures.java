package de.nrw.kim.residence;

import java.time.LocalDate;
import java.util.Map;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * Aggregated Baustein-3 figures of one municipality for the reporting module: no person can be
 * identified from them (small numbers are suppressed by reporting, not here).
 */
public interface ResidenceFigures {

	/** Must run within the municipality's tenant (see {@link de.nrw.kim.platform.TenantContext}). */
	Figures of(MunicipalityKey municipality, LocalDate on);

	/**
	 * @param clientsByStatusGroup clients whose current status (on the day) is in the group
	 * @param hintsByRoute         route → hint status (LIKELY, CHECK, NOT_YET) → number of clients
	 * @param naturalisations      statuses {@code GERMAN_CITIZEN} valid from a day in the calendar year of {@code on}
	 */
	record Figures(LocalDate on, Map<StatusGroup, Long> clientsByStatusGroup, Map<String, Map<String, Long>> hintsByRoute,
			long naturalisations) {
	}
}
