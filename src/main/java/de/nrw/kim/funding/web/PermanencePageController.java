package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.nrw.kim.funding.permanence.LetterService;
import de.nrw.kim.funding.permanence.PermanenceExport;
import de.nrw.kim.funding.permanence.PermanenceFigures;
import de.nrw.kim.funding.permanence.PermanenceReport;
import de.nrw.kim.funding.permanence.PermanenceService;
import de.nrw.kim.funding.position.PositionService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The permanence dashboard: share permanent per municipality and region (SVG charts with tables),
 * the trend over the years, fixed-term positions ending within 12 months, vacancies and how long they
 * last; CSV/XLSX export; and, for the ministry, the letters to the heads of administration.
 */
@Controller
class PermanencePageController implements FundingPage {

	static final int FIRST_YEAR = 2021;

	private final PermanenceService permanence;
	private final LetterService letters;
	private final PositionService positions;
	private final MessageSource messages;

	PermanencePageController(PermanenceService permanence, LetterService letters, PositionService positions,
			MessageSource messages) {
		this.permanence = permanence;
		this.letters = letters;
		this.positions = positions;
		this.messages = messages;
	}

	@GetMapping("/funding/permanence")
	String dashboard(@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String region,
			Model model) {
		LocalDate day = on == null ? positions.today() : on;
		PermanenceReport report = filtered(permanence.on(day), region);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("report", report);
		model.addAttribute("on", day);
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("regions", List.of("ARNSBERG", "DETMOLD", "DUESSELDORF", "KOELN", "MUENSTER"));
		model.addAttribute("stateScope", report.scope() == PermanenceReport.Scope.STATE);
		model.addAttribute("regionChart", new BarChart("chart-regions", text("funding.permanence.chart.regions", locale),
				text("funding.permanence.chart.regionsDesc", locale), bars(report.regions().stream()
						.map(r -> new Labelled(text("funding.region." + r.region(), locale), r.figures())).toList(), locale)));
		model.addAttribute("municipalityChart", new BarChart("chart-municipalities",
				text("funding.permanence.chart.municipalities", locale), text("funding.permanence.chart.municipalitiesDesc", locale),
				bars(report.municipalities().stream().map(m -> new Labelled(m.municipality().name(), m.figures())).toList(), locale)));
		List<PermanenceService.YearPoint> trend = permanence.trend(Math.min(FIRST_YEAR, day.getYear()), day);
		model.addAttribute("trend", trend);
		model.addAttribute("trendChart", new BarChart("chart-trend", text("funding.permanence.chart.trend", locale),
				text("funding.permanence.chart.trendDesc", locale), bars(trend.stream()
						.map(p -> new Labelled(p.year() + " (" + p.on() + ")", p.state())).toList(), locale)));
		model.addAttribute("canWriteLetters", CurrentUser.require().has(Role.MINISTRY_ANALYST));
		return "funding/permanence";
	}

	@GetMapping("/funding/permanence.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String region) {
		LocalDate day = on == null ? positions.today() : on;
		return download(PermanenceExport.csv(filtered(permanence.on(day), region)), new MediaType("text", "csv",
				java.nio.charset.StandardCharsets.UTF_8), "kim-verstetigung-" + day + ".csv");
	}

	@GetMapping("/funding/permanence.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String region) {
		LocalDate day = on == null ? positions.today() : on;
		return download(PermanenceExport.xlsx(filtered(permanence.on(day), region)),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"kim-verstetigung-" + day + ".xlsx");
	}

	@PostMapping("/funding/letters")
	ResponseEntity<byte[]> letters(@RequestParam(required = false) LocalDate on,
			@RequestParam(name = "municipalityKeys", required = false) List<String> keys) {
		LocalDate day = on == null ? positions.today() : on;
		return PermanenceApiController.pdf(letters.letters(keys, day), "kim-schreiben-verstetigung-" + day + ".pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok().contentType(type)
				.header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
				.body(body);
	}

	/** Only the municipalities (and region) of one region, when a region is chosen. */
	private static PermanenceReport filtered(PermanenceReport report, String region) {
		if (region == null || region.isBlank()) {
			return report;
		}
		return new PermanenceReport(report.on(), report.scope(),
				report.municipalities().stream().filter(m -> m.municipality().region().equals(region)).toList(),
				report.regions().stream().filter(r -> r.region().equals(region)).toList(), report.state(),
				report.endingFixedTerms().stream().filter(e -> inRegion(report, e.municipalityKey(), region)).toList(),
				report.vacancies().stream().filter(v -> inRegion(report, v.municipalityKey(), region)).toList());
	}

	private static boolean inRegion(PermanenceReport report, String key, String region) {
		return report.municipalities().stream()
				.anyMatch(m -> m.municipality().key().equals(key) && m.municipality().region().equals(region));
	}

	private List<BarChart.Bar> bars(List<Labelled> rows, Locale locale) {
		List<BarChart.Bar> bars = new ArrayList<>();
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMinimumFractionDigits(1);
		percent.setMaximumFractionDigits(1);
		for (Labelled row : rows) {
			BigDecimal share = row.figures().permanentShare();
			bars.add(new BarChart.Bar(row.label(), share,
					share == null ? text("funding.permanence.noPositions", locale) : percent.format(share), bars.size()));
		}
		return bars;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private record Labelled(String label, PermanenceFigures figures) {
	}
}
