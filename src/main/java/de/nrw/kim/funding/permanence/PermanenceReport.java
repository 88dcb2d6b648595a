package de.nrw.kim.funding.permanence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.platform.Municipality;

/**
 * Permanence on a date for what the caller may see: each municipality, each region, the whole (the
 * state for state-level users; for a coordinator the own municipality only, {@code scope} says which),
 * and the details behind the dashboard.
 */
public record PermanenceReport(LocalDate on, Scope scope, List<MunicipalityFigures> municipalities,
		List<RegionFigures> regions, PermanenceFigures state, List<EndingFixedTerm> endingFixedTerms,
		List<Vacancy> vacancies) {

	public enum Scope {
		STATE, MUNICIPALITY
	}

	public record MunicipalityFigures(Municipality municipality, PermanenceFigures figures) {
	}

	public record RegionFigures(String region, PermanenceFigures figures) {
	}

	/** A fixed-term position whose term ends within 12 months of the date. */
	public record EndingFixedTerm(UUID positionId, String municipalityKey, String municipalityName, Module module,
			Fte fte, String employerName, LocalDate fixedTermUntil) {
	}

	/** A position vacant on the date, and since when. */
	public record Vacancy(UUID positionId, String municipalityKey, String municipalityName, Module module, Fte fte,
			String employerName, LocalDate vacantSince, long days) {
	}
}
