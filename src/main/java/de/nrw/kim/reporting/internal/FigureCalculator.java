package de.nrw.kim.reporting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.casework.CaseFacts;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.client.ClientProfile;

import static de.nrw.kim.reporting.internal.Measures.*;

/**
 * Turns the case facts of one municipality-year into figures: the whole municipality (scope "") and
 * each case manager's own caseload (a smaller set of measures). Pure: no database, so it is tested
 * directly.
 */
final class FigureCalculator {

	static final String MUNICIPALITY = "";
	private static final List<String> CASELOAD_PREFIXES = List.of(OPEN, NEW, CLOSED, ACTIVE, REASON, NEED_LATEST,
			CONTACTS, MINUTES, GOALS_ACHIEVED);

	private FigureCalculator() {
	}

	static Map<FigureKey, Long> figures(List<CaseFacts> facts, Map<UUID, ClientProfile> profiles, int year, LocalDate asOf) {
		Map<FigureKey, Long> all = new HashMap<>(count(MUNICIPALITY, facts, profiles, year, asOf));
		Map<String, List<CaseFacts>> byManager = facts.stream().collect(Collectors.groupingBy(CaseFacts::caseManager));
		byManager.forEach((manager, own) -> count(manager, own, profiles, year, asOf).forEach((key, value) -> {
			if (CASELOAD_PREFIXES.stream().anyMatch(key.measure()::startsWith)) {
				all.put(key, value);
			}
		}));
		return all;
	}

	private static Map<FigureKey, Long> count(String scope, List<CaseFacts> facts, Map<UUID, ClientProfile> profiles,
			int year, LocalDate asOf) {
		Counter c = new Counter(scope);
		LocalDate first = LocalDate.of(year, 1, 1);
		for (CaseFacts f : facts) {
			c.add(ACTIVE, 0, 1);
			if (f.openOn(asOf)) {
				c.add(OPEN, 0, 1);
			}
			if (!f.openedOn().isBefore(first)) {
				c.add(NEW, f.openedOn().getMonthValue(), 1);
			}
			if (f.closedOn() != null && !f.closedOn().isBefore(first) && !f.closedOn().isAfter(asOf)) {
				c.add(CLOSED, f.closedOn().getMonthValue(), 1);
				c.add(REASON + f.closureReason(), 0, 1);
				f.daysInPhase().forEach((phase, days) -> {
					c.add(PHASE_CASES + phase, 0, 1);
					c.add(PHASE_DAYS + phase, 0, days);
				});
			}
			needs(c, f);
			for (int m = 1; m <= 12; m++) {
				c.add(CONTACTS, m, f.contactsByMonth().get(m - 1));
				c.add(MINUTES, m, f.minutesByMonth().get(m - 1));
				c.add(GOALS_ACHIEVED, m, f.goalsAchievedByMonth().get(m - 1));
			}
			ClientProfile p = profiles.get(f.clientId());
			c.add(AGE + AgeBand.of(p == null ? null : p.birthYear(), year), 0, 1);
			c.add(GENDER + (p == null ? "UNSPECIFIED" : p.gender()), 0, 1);
			c.add(NATIONALITY + NationalityGroup.of(p == null ? null : p.nationalities()), 0, 1);
		}
		return c.values;
	}

	private static void needs(Counter c, CaseFacts f) {
		if (!f.latestNeeds().isEmpty()) {
			c.add(ASSESSED, 0, 1);
		}
		for (LifeDomain d : LifeDomain.values()) {
			Need first = f.firstNeeds().get(d);
			Need latest = f.latestNeeds().get(d);
			if (first != null && first != Need.NONE) {
				c.add(NEED_FIRST + d, 0, 1);
			}
			if (latest != null && latest != Need.NONE) {
				c.add(NEED_LATEST + d, 0, 1);
			}
			if (first != null && latest != null && latest.compareTo(first) < 0) {
				c.add(NEED_IMPROVED + d, 0, 1);
			}
		}
	}

	/** Year values of monthly measures are the sums of their months. */
	private static final class Counter {
		final String scope;
		final Map<FigureKey, Long> values = new HashMap<>();

		Counter(String scope) {
			this.scope = scope;
		}

		void add(String measure, int month, long amount) {
			if (amount == 0) {
				return;
			}
			values.merge(new FigureKey(scope, measure, month), amount, Long::sum);
			if (month != 0) {
				values.merge(new FigureKey(scope, measure, 0), amount, Long::sum);
			}
		}
	}

}
