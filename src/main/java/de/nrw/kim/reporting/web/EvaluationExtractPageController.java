package de.nrw.kim.reporting.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.reporting.internal.EvaluationExtract;
import de.nrw.kim.reporting.internal.ExtractLog;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The ministry's page for the evaluation extract: what it contains and what not, period and format, the
 * data dictionary and the log of every extract so far. The download itself answers with the file; a wrong
 * period comes back as this page with the error at the field.
 */
@Controller
@PreAuthorize("hasRole('MINISTRY_ANALYST')")
class EvaluationExtractPageController {

	static final String PATH = "/reporting/evaluation-extract";

	private final EvaluationExtract extracts;
	private final ExtractLog log;
	private final Clock clock;

	EvaluationExtractPageController(EvaluationExtract extracts, ExtractLog log, Clock clock) {
		this.extracts = extracts;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) Integer page, Model model) {
		int year = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).getYear();
		return show(model, String.valueOf(year - 1), String.valueOf(year), "xlsx", page, Map.of());
	}

	/** Writes the file, or shows the page again with the errors (then {@code 400}). */
	@GetMapping(PATH + "/download")
	ModelAndView download(@RequestParam(required = false) String fromYear, @RequestParam(required = false) String toYear,
			@RequestParam(required = false) String format, Model model, HttpServletResponse response) throws IOException {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer from = year("fromYear", fromYear, errors);
		Integer to = year("toYear", toYear, errors);
		if (errors.isEmpty()) {
			try {
				ResponseEntity<byte[]> file = EvaluationExtractController.download(extracts.extract(from, to, format), format);
				file.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
				response.getOutputStream().write(file.getBody());
				return null;
			} catch (ValidationException e) {
				e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return new ModelAndView(show(model, fromYear, toYear, format, null, errors), model.asMap());
	}

	private String show(Model model, String fromYear, String toYear, String format, Integer page, Map<String, String> errors) {
		model.addAttribute("fromYear", fromYear);
		model.addAttribute("toYear", toYear);
		model.addAttribute("format", format);
		model.addAttribute("formats", EvaluationExtract.FORMATS);
		model.addAttribute("dictionary", EvaluationExtract.dictionary());
		model.addAttribute("log", log.page(Paging.of(page, null)));
		model.addAttribute("baseUrl", PATH);
		model.addAttribute("errors", errors);
		model.addAttribute("errorSummary", errors);
		return "reporting/evaluation-extract";
	}

	private static Integer year(String field, String text, Map<String, String> errors) {
		try {
			return Integer.valueOf(text == null ? "" : text.trim());
		} catch (NumberFormatException e) {
			errors.put(field, "Bitte ein Jahr als Zahl angeben, z. B. 2025.");
			return null;
		}
	}
}
