package de.nrw.kim.reporting.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.reporting.internal.StatisticsService;
import de.nrw.kim.reporting.internal.StatisticsService.Row;
import de.nrw.kim.reporting.internal.StatisticsService.View;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "Reporting": case statistics by municipality, region and state, plus the further predefined
 * dimensions (months, clients, outcomes) and the case manager's own caseload. Values suppressed for
 * the caller are {@code null} and their row carries {@code "suppressed": true}.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Auswertung")
class StatisticsApiController {

	private final StatisticsService statistics;

	StatisticsApiController(StatisticsService statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/cases")
	Answer<StatisticsRows.CaseRow> cases(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return Answer.of(view, view.rows().stream().map(r -> StatisticsRows.cases(view, r)).toList());
	}

	@GetMapping("/cases/months")
	Answer<StatisticsRows.MonthsRow> months(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return Answer.of(view, view.rows().stream().map(r -> StatisticsRows.months(view, r)).toList());
	}

	@GetMapping("/clients")
	Answer<StatisticsRows.ClientsRow> clients(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return Answer.of(view, view.rows().stream().map(r -> StatisticsRows.clients(view, r)).toList());
	}

	@GetMapping("/outcomes")
	Answer<StatisticsRows.OutcomesRow> outcomes(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return Answer.of(view, view.rows().stream().map(r -> StatisticsRows.outcomes(view, r)).toList());
	}

	@GetMapping("/referrals")
	Answer<StatisticsRows.ReferralsRow> referrals(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return Answer.of(view, view.rows().stream().map(r -> StatisticsRows.referrals(view, r)).toList());
	}

	@GetMapping("/residence")
	@io.swagger.v3.oas.annotations.Operation(summary = "Begleitete Personen je Aufenthaltsstatusgruppe am Jahresende (heute im laufenden Jahr)",
			description = "Aus dem Modul Aufenthalt, vorab verdichtet; außerhalb der Kommune gesperrt wie alle Zählwerte (ADR 0602, 0606).")
	Answer<StatisticsRows.ResidenceRow> residence(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return Answer.of(view, view.rows().stream().map(r -> StatisticsRows.residence(view, r)).toList());
	}

	@GetMapping("/caseload")
	CaseloadAnswer caseload(@RequestParam(required = false) Integer year) {
		View view = statistics.caseload(year);
		Row row = view.rows().get(0);
		return new CaseloadAnswer(view.year(), view.refreshedAt(), StatisticsRows.cases(view, row),
				StatisticsRows.months(view, row).months());
	}

	/** The rows of API.md, also as {@code items} so clients that follow the list convention find them. */
	record Answer<T>(int year, String groupBy, boolean suppressionApplied, Instant refreshedAt, int pendingRefreshes,
			List<T> rows) {

		@com.fasterxml.jackson.annotation.JsonProperty("items")
		public List<T> items() {
			return rows;
		}

		static <T> Answer<T> of(View view, List<T> rows) {
			return new Answer<>(view.year(), view.groupBy().name(), view.suppressed(), view.refreshedAt(), view.pending(),
					rows);
		}
	}

	record CaseloadAnswer(int year, Instant refreshedAt, StatisticsRows.CaseRow cases,
			List<StatisticsRows.Month> months) {
	}

	static Map<String, Long> map(View view, Row row, String prefix, List<String> keys) {
		Map<String, Long> map = new LinkedHashMap<>();
		keys.forEach(k -> map.put(k, view.value(row, prefix + k, 0)));
		return map;
	}

	static List<String> reasons() {
		return Arrays.stream(ClosureReason.values()).map(Enum::name).toList();
	}

	static List<String> domains() {
		return Arrays.stream(LifeDomain.values()).map(Enum::name).toList();
	}
}
