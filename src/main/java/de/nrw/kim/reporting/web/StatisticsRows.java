package de.nrw.kim.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.reporting.internal.AgeBand;
import de.nrw.kim.reporting.internal.Cube;
import de.nrw.kim.reporting.internal.Measures;
import de.nrw.kim.reporting.internal.NationalityGroup;
import de.nrw.kim.reporting.internal.StatisticsService.Row;
import de.nrw.kim.reporting.internal.StatisticsService.View;

import static de.nrw.kim.reporting.internal.Measures.*;
import static de.nrw.kim.reporting.web.StatisticsApiController.domains;
import static de.nrw.kim.reporting.web.StatisticsApiController.map;
import static de.nrw.kim.reporting.web.StatisticsApiController.reasons;

/** The response rows of the statistics endpoints; {@code null} = suppressed. */
final class StatisticsRows {

	private StatisticsRows() {
	}

	record CaseRow(String key, String level, Long openCases, Long newCases, Long closedCases,
			Map<String, Long> byClosureReason, Map<String, Long> byNeedDomain, boolean suppressed) {
	}

	record Month(int month, Long newCases, Long closedCases, Long contacts, Long contactMinutes, Long goalsAchieved) {
	}

	record MonthsRow(String key, String level, List<Month> months, boolean suppressed) {
	}

	record ClientsRow(String key, String level, Long activeCases, Map<String, Long> ageBands, Map<String, Long> genders,
			Map<String, Long> nationalityGroups, boolean suppressed) {
	}

	record NeedChange(Long atFirstAssessment, Long atLatestAssessment, Long improved) {
	}

	record PhaseDuration(Long closedCases, BigDecimal averageDays) {
	}

	record OutcomesRow(String key, String level, Long assessedCases, Map<String, NeedChange> needs, Long goalsAchieved,
			Long contacts, Long contactMinutes, Map<String, PhaseDuration> phaseDurations, boolean suppressed) {
	}

	record ReferralsRow(String key, String level, Long referrals, Map<String, Long> byLegalDomain,
			Map<String, Long> byStatus, boolean suppressed) {
	}

	record ResidenceRow(String key, String level, Long clientsWithStatus, Map<String, Long> byStatusGroup,
			boolean suppressed) {
	}

	static ResidenceRow residence(View v, Row r) {
		List<Cube.Column> columns = new ArrayList<>(year(RESIDENCE_CLIENTS));
		columns.addAll(year(prefixed(RESIDENCE_GROUP, statusGroups()).toArray(String[]::new)));
		return new ResidenceRow(r.key(), r.level(), v.value(r, RESIDENCE_CLIENTS, 0), map(v, r, RESIDENCE_GROUP, statusGroups()),
				v.rowSuppressed(r, columns));
	}

	static ReferralsRow referrals(View v, Row r) {
		List<Cube.Column> columns = new ArrayList<>(year(REFERRALS));
		columns.addAll(year(prefixed(REFERRAL_DOMAIN, legalDomains()).toArray(String[]::new)));
		columns.addAll(year(prefixed(REFERRAL_STATUS, referralStatuses()).toArray(String[]::new)));
		return new ReferralsRow(r.key(), r.level(), v.value(r, REFERRALS, 0), map(v, r, REFERRAL_DOMAIN, legalDomains()),
				map(v, r, REFERRAL_STATUS, referralStatuses()), v.rowSuppressed(r, columns));
	}

	static CaseRow cases(View v, Row r) {
		List<Cube.Column> columns = new ArrayList<>(year(OPEN, NEW, CLOSED));
		columns.addAll(year(Measures.reasons().toArray(String[]::new)));
		columns.addAll(year(prefixed(NEED_LATEST, domains()).toArray(String[]::new)));
		return new CaseRow(r.key(), r.level(), v.value(r, OPEN, 0), v.value(r, NEW, 0), v.value(r, CLOSED, 0),
				map(v, r, REASON, reasons()), map(v, r, NEED_LATEST, domains()), v.rowSuppressed(r, columns));
	}

	static MonthsRow months(View v, Row r) {
		List<Month> months = new ArrayList<>();
		List<Cube.Column> columns = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(new Month(m, v.value(r, NEW, m), v.value(r, CLOSED, m), v.value(r, CONTACTS, m),
					v.value(r, MINUTES, m), v.value(r, GOALS_ACHIEVED, m)));
			for (String measure : List.of(NEW, CLOSED, CONTACTS, GOALS_ACHIEVED)) {
				columns.add(new Cube.Column(measure, m));
			}
		}
		return new MonthsRow(r.key(), r.level(), months, v.rowSuppressed(r, columns));
	}

	static ClientsRow clients(View v, Row r) {
		List<Cube.Column> columns = new ArrayList<>(year(ACTIVE));
		columns.addAll(year(prefixed(AGE, AgeBand.all()).toArray(String[]::new)));
		columns.addAll(year(prefixed(GENDER, GENDERS).toArray(String[]::new)));
		columns.addAll(year(prefixed(NATIONALITY, NationalityGroup.all()).toArray(String[]::new)));
		return new ClientsRow(r.key(), r.level(), v.value(r, ACTIVE, 0), map(v, r, AGE, AgeBand.all()),
				map(v, r, GENDER, GENDERS), map(v, r, NATIONALITY, NationalityGroup.all()), v.rowSuppressed(r, columns));
	}

	static OutcomesRow outcomes(View v, Row r) {
		List<Cube.Column> columns = new ArrayList<>(year(ASSESSED, GOALS_ACHIEVED, CONTACTS));
		Map<String, NeedChange> needs = new LinkedHashMap<>();
		for (String d : domains()) {
			needs.put(d, new NeedChange(v.value(r, NEED_FIRST + d, 0), v.value(r, NEED_LATEST + d, 0),
					v.value(r, NEED_IMPROVED + d, 0)));
			columns.addAll(year(NEED_FIRST + d, NEED_LATEST + d, NEED_IMPROVED + d));
		}
		Map<String, PhaseDuration> phases = new LinkedHashMap<>();
		OPEN_PHASES.forEach(p -> {
			Long cases = v.value(r, PHASE_CASES + p, 0);
			Long days = v.value(r, PHASE_DAYS + p, 0);
			phases.put(p.name(), new PhaseDuration(cases, cases == null || days == null || cases == 0 ? null
					: BigDecimal.valueOf(days).divide(BigDecimal.valueOf(cases), 1, RoundingMode.HALF_UP)));
			columns.addAll(year(PHASE_CASES + p));
		});
		return new OutcomesRow(r.key(), r.level(), v.value(r, ASSESSED, 0), needs, v.value(r, GOALS_ACHIEVED, 0),
				v.value(r, CONTACTS, 0), v.value(r, MINUTES, 0), phases, v.rowSuppressed(r, columns));
	}

	private static List<Cube.Column> year(String... measures) {
		return java.util.Arrays.stream(measures).map(m -> new Cube.Column(m, 0)).toList();
	}
}
