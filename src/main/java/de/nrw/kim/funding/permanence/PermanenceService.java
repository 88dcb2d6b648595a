package de.nrw.kim.funding.permanence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.position.PositionService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many funded positions are permanent, fixed-term and vacant on a date — per municipality,
 * region and state; the basis of the dashboard, the exports and the ministry's letters.
 */
@Service
public class PermanenceService {

	private final PositionService positions;
	private final Municipalities municipalities;

	PermanenceService(PositionService positions, Municipalities municipalities) {
		this.positions = positions;
		this.municipalities = municipalities;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public PermanenceReport on(LocalDate on) {
		return report(on, positions.visiblePositions(null));
	}

	/** The share permanent on 31 December of each year (the current year: on {@code until}), for the trend. */
	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public List<YearPoint> trend(int fromYear, LocalDate until) {
		List<Position> visible = positions.visiblePositions(null);
		List<YearPoint> points = new ArrayList<>();
		for (int year = fromYear; year <= until.getYear(); year++) {
			LocalDate day = year == until.getYear() ? until : LocalDate.of(year, 12, 31);
			PermanenceReport report = report(day, visible);
			points.add(new YearPoint(year, day, report.state(), report.regions()));
		}
		return points;
	}

	PermanenceReport report(LocalDate on, List<Position> visible) {
		CurrentUser user = CurrentUser.require();
		List<Municipality> shown = user.isStateLevel() ? municipalities.all()
				: List.of(municipalities.get(user.requireMunicipality()));
		Map<String, List<Position>> byMunicipality = visible.stream()
				.collect(Collectors.groupingBy(p -> p.municipality().value()));
		List<PermanenceReport.MunicipalityFigures> perMunicipality = shown.stream()
				.map(m -> new PermanenceReport.MunicipalityFigures(m,
						PermanenceFigures.of(byMunicipality.getOrDefault(m.key(), List.of()), on)))
				.toList();
		Map<String, List<PermanenceFigures>> byRegion = new LinkedHashMap<>();
		perMunicipality.stream().sorted(Comparator.comparing(f -> f.municipality().region()))
				.forEach(f -> byRegion.computeIfAbsent(f.municipality().region(), r -> new ArrayList<>()).add(f.figures()));
		List<PermanenceReport.RegionFigures> regions = byRegion.entrySet().stream()
				.map(e -> new PermanenceReport.RegionFigures(e.getKey(), PermanenceFigures.sum(e.getValue()))).toList();
		PermanenceFigures whole = PermanenceFigures.sum(perMunicipality.stream().map(PermanenceReport.MunicipalityFigures::figures).toList());
		Map<String, String> names = shown.stream().collect(Collectors.toMap(Municipality::key, Municipality::name));
		List<PermanenceReport.EndingFixedTerm> ending = new ArrayList<>();
		List<PermanenceReport.Vacancy> vacancies = new ArrayList<>();
		LocalDate horizon = on.plusMonths(12);
		for (Position p : visible) {
			String key = p.municipality().value();
			if (!p.existsOn(on) || !names.containsKey(key)) {
				continue;
			}
			Position.Terms t = p.termsOn(on);
			if (!t.permanent() && !t.fixedTermUntil().isBefore(on) && !t.fixedTermUntil().isAfter(horizon)) {
				ending.add(new PermanenceReport.EndingFixedTerm(p.id(), key, names.get(key), p.module(), t.fte(),
						t.employerName(), t.fixedTermUntil()));
			}
			p.vacantSince(on).ifPresent(since -> vacancies.add(new PermanenceReport.Vacancy(p.id(), key, names.get(key),
					p.module(), t.fte(), t.employerName(), since, ChronoUnit.DAYS.between(since, on))));
		}
		ending.sort(Comparator.comparing(PermanenceReport.EndingFixedTerm::fixedTermUntil));
		vacancies.sort(Comparator.comparingLong(PermanenceReport.Vacancy::days).reversed());
		return new PermanenceReport(on, user.isStateLevel() ? PermanenceReport.Scope.STATE
				: PermanenceReport.Scope.MUNICIPALITY, perMunicipality, regions, whole, ending, vacancies);
	}

	/** One point of the trend: the figures at the end of a year. */
	public record YearPoint(int year, LocalDate on, PermanenceFigures state, List<PermanenceReport.RegionFigures> regions) {
	}
}
