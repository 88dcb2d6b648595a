package de.nrw.kim.dataimport.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.dataimport.internal.DryRun;
import de.nrw.kim.dataimport.internal.ImportService;
import de.nrw.kim.dataimport.internal.ImportTemplate;
import de.nrw.kim.dataimport.internal.Mapping;
import de.nrw.kim.dataimport.internal.SpreadsheetReader;
import de.nrw.kim.dataimport.internal.Target;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import pages: upload, column mapping with dry run, import. */
@Controller
class ImportPageController {

	private final ImportService imports;

	ImportPageController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/import")
	String start(Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("maxRows", SpreadsheetReader.MAX_ROWS);
		return "dataimport/upload";
	}

	@PostMapping("/import")
	String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new ValidationException("file", "Bitte eine Datei auswählen (XLSX oder CSV).");
			}
			var upload = imports.upload(file.getOriginalFilename(), file.getBytes());
			return "redirect:/import/" + upload.id();
		} catch (ValidationException e) {
			model.addAttribute("errors", errors(e));
			model.addAttribute("maxRows", SpreadsheetReader.MAX_ROWS);
			return "dataimport/upload";
		}
	}

	@GetMapping("/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ImportDownloads.template(ImportTemplate.xlsx());
	}

	@GetMapping("/import/{id}")
	String mapping(@PathVariable UUID id, Model model) {
		var upload = imports.get(id);
		return page(model, upload, upload.suggested().byField(upload.table().headers()), null, Map.of());
	}

	@PostMapping("/import/{id}/dry-run")
	String dryRun(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Model model) {
		var upload = imports.get(id);
		Map<String, String> chosen = chosen(parameters);
		try {
			DryRun report = imports.dryRun(id, Mapping.of(chosen, upload.table().headers()));
			return page(model, upload, chosen, report, Map.of());
		} catch (ValidationException e) {
			return page(model, upload, chosen, null, errors(e));
		}
	}

	@PostMapping("/import/{id}/run")
	String run(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
		var upload = imports.get(id);
		Map<String, String> chosen = chosen(parameters);
		try {
			var result = imports.run(id, Mapping.of(chosen, upload.table().headers()));
			// flash attributes live in the JDBC session: plain numbers only
			redirect.addFlashAttribute("importedClients", result.clients());
			redirect.addFlashAttribute("importedCases", result.cases());
			return "redirect:/import";
		} catch (ValidationException e) {
			DryRun report = null;
			try {
				report = imports.dryRun(id, Mapping.of(chosen, upload.table().headers()));
			} catch (ValidationException ignored) {
				// the mapping itself is wrong; its errors are shown at the fields
			}
			return page(model, upload, chosen, report, errors(e));
		}
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private static Map<String, String> chosen(Map<String, String> parameters) {
		Map<String, String> chosen = new LinkedHashMap<>();
		for (Target target : Target.values()) {
			chosen.put(target.field(), parameters.get(target.field()));
		}
		return chosen;
	}

	private static String page(Model model, ImportService.Upload upload, Map<String, String> mapping, DryRun report,
			Map<String, String> errors) {
		model.addAttribute("upload", upload);
		model.addAttribute("targets", Target.values());
		model.addAttribute("mapping", mapping);
		model.addAttribute("report", report);
		model.addAttribute("errors", errors);
		return "dataimport/mapping";
	}

	private static Map<String, String> errors(ValidationException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
		return errors;
	}
}
