package de.nrw.kim.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Role;
import de.nrw.kim.reporting.internal.Measures;
import de.nrw.kim.reporting.internal.StatisticsService;
import de.nrw.kim.reporting.internal.StatisticsService.Row;
import de.nrw.kim.reporting.internal.StatisticsService.View;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards: the state level sees state, regions and municipalities side by side (suppressed), the
 * coordination the own municipality (exact), a case manager the own caseload. Every chart is drawn from
 * the table beside it (the table is the accessible view); CSV and XLSX of the same table.
 */
@Controller
class ReportingPageController {

	private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final StatisticsService statistics;
	private final Municipalities municipalities;
	private final MessageSource messages;

	ReportingPageController(StatisticsService statistics, Municipalities municipalities, MessageSource messages) {
		this.statistics = statistics;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping("/reporting")
	String dashboard(@RequestParam(required = false) Integer year, Model model) {
		CurrentUser user = CurrentUser.require();
		int thisYear = LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear();
		model.addAttribute("years", List.of(thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4));
		model.addAttribute("names", names());
		if (user.has(Role.CASE_MANAGER) && !user.has(Role.COORDINATOR) && !user.has(Role.MUNICIPAL_ADMIN)) {
			View view = statistics.caseload(year);
			Row row = view.rows().get(0);
			model.addAttribute("scope", "CASELOAD");
			model.addAttribute("view", view);
			model.addAttribute("ownRows", List.of(StatisticsRows.cases(view, row)));
			model.addAttribute("months", StatisticsRows.months(view, row));
			return "reporting/dashboard";
		}
		View municipalityView = statistics.view(year, "MUNICIPALITY");
		model.addAttribute("view", municipalityView);
		model.addAttribute("municipalityRows", rows(municipalityView));
		if (municipalityView.suppressed()) {
			View state = statistics.view(year, "STATE");
			model.addAttribute("scope", "STATE");
			model.addAttribute("extractAllowed", user.has(Role.MINISTRY_ANALYST));
			model.addAttribute("stateRows", rows(state));
			model.addAttribute("regionRows", rows(statistics.view(year, "REGION")));
			model.addAttribute("months", StatisticsRows.months(state, state.rows().get(0)));
			model.addAttribute("clients", StatisticsRows.clients(state, state.rows().get(0)));
			View regions = statistics.view(year, "REGION");
			model.addAttribute("residenceRows", regions.rows().stream().map(r -> StatisticsRows.residence(regions, r)).toList());
		} else {
			Row own = municipalityView.rows().get(0);
			model.addAttribute("scope", "MUNICIPALITY");
			model.addAttribute("months", StatisticsRows.months(municipalityView, own));
			model.addAttribute("clients", StatisticsRows.clients(municipalityView, own));
			model.addAttribute("outcomes", StatisticsRows.outcomes(municipalityView, own));
			model.addAttribute("residenceRows", List.of(StatisticsRows.residence(municipalityView, own)));
		}
		return "reporting/dashboard";
	}

	@GetMapping("/reporting/cases.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return download(StatisticsExport.csv(table(view)), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"kim-statistik-faelle-" + view.year() + "-" + view.groupBy().name().toLowerCase(Locale.ROOT) + ".csv");
	}

	@GetMapping("/reporting/cases.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year, @RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return download(StatisticsExport.xlsx(table(view)), XLSX,
				"kim-statistik-faelle-" + view.year() + "-" + view.groupBy().name().toLowerCase(Locale.ROOT) + ".xlsx");
	}

	@GetMapping("/reporting/residence.csv")
	ResponseEntity<byte[]> residenceCsv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return download(StatisticsExport.csv(residenceTable(view)), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"kim-statistik-aufenthalt-" + view.year() + "-" + view.groupBy().name().toLowerCase(Locale.ROOT) + ".csv");
	}

	@GetMapping("/reporting/residence.xlsx")
	ResponseEntity<byte[]> residenceXlsx(@RequestParam(required = false) Integer year, @RequestParam(required = false) String groupBy) {
		View view = statistics.view(year, groupBy);
		return download(StatisticsExport.xlsx(residenceTable(view)), XLSX,
				"kim-statistik-aufenthalt-" + view.year() + "-" + view.groupBy().name().toLowerCase(Locale.ROOT) + ".xlsx");
	}

	private StatisticsExport.Table residenceTable(View view) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> header = new ArrayList<>(List.of(text("reporting.export.year", locale), text("reporting.export.key", locale),
				text("reporting.export.name", locale), text("reporting.residence.total", locale)));
		Measures.statusGroups().forEach(g -> header.add(text("reporting.residence.group." + g, locale)));
		header.add(text("reporting.export.suppressed", locale));
		Map<String, String> names = names();
		List<List<Object>> rows = new ArrayList<>();
		for (Row r : view.rows()) {
			StatisticsRows.ResidenceRow residence = StatisticsRows.residence(view, r);
			List<Object> row = StatisticsExport.row(view.year(), r.key(), names.getOrDefault(r.key(), r.key()),
					residence.clientsWithStatus());
			row.addAll(residence.byStatusGroup().values());
			row.add(residence.suppressed() ? text("reporting.suppressedCell", locale) : "");
			rows.add(row);
		}
		return new StatisticsExport.Table(text("reporting.residence.sheet", locale) + " " + view.year(), header, rows);
	}

	private List<StatisticsRows.CaseRow> rows(View view) {
		return view.rows().stream().map(r -> StatisticsRows.cases(view, r)).toList();
	}

	private StatisticsExport.Table table(View view) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> header = new ArrayList<>(List.of(text("reporting.export.year", locale), text("reporting.export.key", locale),
				text("reporting.export.name", locale), text("reporting.openCases", locale), text("reporting.newCases", locale),
				text("reporting.closedCases", locale)));
		StatisticsApiController.reasons().forEach(r -> header.add(text("reporting.export.reason", locale) + ": "
				+ text("casework.closure." + r, locale)));
		StatisticsApiController.domains().forEach(d -> header.add(text("reporting.export.need", locale) + ": "
				+ text("casework.domain." + d, locale)));
		header.add(text("reporting.export.suppressed", locale));
		Map<String, String> names = names();
		List<List<Object>> rows = new ArrayList<>();
		for (StatisticsRows.CaseRow r : rows(view)) {
			List<Object> row = StatisticsExport.row(view.year(), r.key(), names.getOrDefault(r.key(), r.key()), r.openCases(),
					r.newCases(), r.closedCases());
			row.addAll(r.byClosureReason().values());
			row.addAll(r.byNeedDomain().values());
			row.add(r.suppressed() ? text("reporting.suppressedCell", locale) : "");
			rows.add(row);
		}
		return new StatisticsExport.Table(text("reporting.export.sheet", locale) + " " + view.year(), header, rows);
	}

	private Map<String, String> names() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = new LinkedHashMap<>();
		municipalities.all().forEach(m -> {
			names.put(m.key(), m.name());
			names.put(m.region(), text("reporting.region." + m.region(), locale));
		});
		names.put("NRW", text("reporting.state", locale));
		return names;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok().contentType(type)
				.header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
				.body(body);
	}
}
