package de.nrw.kim.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves the statistics from the pre-aggregated figures (never from the cases). The state level (ministry,
 * grant authority) sees every municipality, region and the state with small numbers suppressed (ADR 0602);
 * a municipality's coordinator and administrator see the exact numbers of the own municipality and no
 * other row (ADR 0603); a case manager the own caseload.
 */
@Service
public class StatisticsService {

	private final Figures figures;
	private final Municipalities municipalities;
	private final Clock clock;
	private static final int MAX_HISTORY = 10;

	private final Map<Integer, CachedCube> stateCubes = new ConcurrentHashMap<>();

	StatisticsService(Figures figures, Municipalities municipalities, Clock clock) {
		this.figures = figures;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	public record Row(String key, String level) {
	}

	/** One answer: the rows of the requested level and the (suppressed or exact) table they come from. */
	public record View(int year, GroupBy groupBy, boolean suppressed, List<Row> rows, Instant refreshedAt, int pending,
			Cube cube) {

		public Long value(Row row, String measure, int month) {
			return cube.published(row.key(), measure, month);
		}

		public boolean rowSuppressed(Row row, List<Cube.Column> columns) {
			return columns.stream().anyMatch(c -> cube.isSuppressed(row.key(), c));
		}
	}

	private record CachedCube(Instant stamp, int pending, Cube cube) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MINISTRY_ANALYST','GRANT_OFFICER','COORDINATOR','MUNICIPAL_ADMIN')")
	public View view(Integer year, String groupByText) {
		int y = year(year);
		GroupBy groupBy = GroupBy.parse(groupByText);
		CurrentUser user = CurrentUser.require();
		Figures.Freshness freshness = figures.freshness(y);
		if (user.isStateLevel()) {
			Cube cube = stateCube(y);
			return new View(y, groupBy, true, rows(groupBy, municipalities.all()), freshness.oldestRefresh(),
					freshness.pending(), cube);
		}
		if (groupBy != GroupBy.MUNICIPALITY) {
			throw new AccessDeniedException("Kommunen sehen nur ihre eigenen Zahlen, keine Regierungsbezirke oder das Land.");
		}
		Municipality own = municipalities.get(user.requireMunicipality());
		Cube cube = Cube.exact(y, municipalities.all(), figures.ofYear(y, FigureCalculator.MUNICIPALITY));
		return new View(y, groupBy, false, List.of(new Row(own.key(), "MUNICIPALITY")), freshness.oldestRefresh(),
				freshness.pending(), cube);
	}

	/** The case manager's own caseload, exact. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('CASE_MANAGER')")
	public View caseload(Integer year) {
		int y = year(year);
		CurrentUser user = CurrentUser.require();
		Municipality own = municipalities.get(user.requireMunicipality());
		List<Figures.Stored> mine = figures.ofYear(y, user.username());
		Cube cube = Cube.exact(y, List.of(own), mine);
		Figures.Freshness freshness = figures.freshness(y);
		return new View(y, GroupBy.MUNICIPALITY, false, List.of(new Row(own.key(), "CASELOAD")),
				freshness.oldestRefresh(), freshness.pending(), cube);
	}

	public boolean isStateLevel() {
		return CurrentUser.find().map(u -> u.has(Role.MINISTRY_ANALYST) || u.has(Role.GRANT_OFFICER)).orElse(false);
	}

	/**
	 * The suppressed table of a year, built on the suppressed tables of all earlier years with figures
	 * (ADR 0606); each is kept until a figure of it or of an earlier year changes.
	 */
	private Cube stateCube(int year) {
		Map<Integer, Figures.Freshness> byYear = figures.freshnessByYear();
		int first = byYear.keySet().stream().filter(y -> y < year).min(Integer::compare).orElse(year);
		List<Cube> earlier = new ArrayList<>();
		Instant stamp = null;
		int pending = 0;
		Cube cube = null;
		for (int y = Math.max(first, year - MAX_HISTORY); y <= year; y++) {
			Figures.Freshness f = byYear.get(y);
			if (f != null) {
				stamp = stamp == null || (f.newestRefresh() != null && f.newestRefresh().isAfter(stamp)) ? f.newestRefresh() : stamp;
				pending += f.pending();
			}
			CachedCube cached = stateCubes.get(y);
			if (cached != null && Objects.equals(cached.stamp(), stamp) && cached.pending() == pending) {
				cube = cached.cube();
			} else {
				cube = Cube.suppressed(y, municipalities.all(), figures.ofYear(y, FigureCalculator.MUNICIPALITY), earlier);
				stateCubes.put(y, new CachedCube(stamp, pending, cube));
			}
			earlier.add(cube);
		}
		return cube;
	}

	private static List<Row> rows(GroupBy groupBy, List<Municipality> all) {
		List<Row> rows = new ArrayList<>();
		switch (groupBy) {
		case MUNICIPALITY -> all.forEach(m -> rows.add(new Row(m.key(), "MUNICIPALITY")));
		case REGION -> new LinkedHashSet<>(all.stream().map(Municipality::region).sorted().toList())
				.forEach(r -> rows.add(new Row(r, "REGION")));
		case STATE -> rows.add(new Row(Cube.STATE, "STATE"));
		}
		return rows;
	}

	private int year(Integer year) {
		int current = ReportingClock.today(clock).getYear();
		if (year == null) {
			return current;
		}
		if (year < 2000 || year > current) {
			throw new ValidationException("year", "Das Jahr muss zwischen 2000 und " + current + " liegen.");
		}
		return year;
	}
}
