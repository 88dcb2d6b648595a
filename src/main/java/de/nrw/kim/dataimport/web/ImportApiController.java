package de.nrw.kim.dataimport.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.dataimport.internal.DryRun;
import de.nrw.kim.dataimport.internal.ImportService;
import de.nrw.kim.dataimport.internal.ImportTemplate;
import de.nrw.kim.dataimport.internal.Mapping;
import de.nrw.kim.platform.ValidationException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Spreadsheet import over HTTP: upload, dry run, import (all or nothing), sample file. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Tabellenimport")
class ImportApiController {

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<UploadView> upload(@RequestParam(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ValidationException("file", "Bitte eine Datei auswählen (XLSX oder CSV).");
		}
		var upload = imports.upload(file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/imports/" + upload.id())).body(UploadView.of(upload));
	}

	@GetMapping("/{id}")
	UploadView get(@PathVariable UUID id) {
		return UploadView.of(imports.get(id));
	}

	@PostMapping("/{id}/dry-run")
	DryRun dryRun(@PathVariable UUID id, @RequestBody(required = false) MappingRequest request) {
		return imports.dryRun(id, mapping(id, request));
	}

	@PostMapping("/{id}/run")
	ImportService.Result run(@PathVariable UUID id, @RequestBody(required = false) MappingRequest request) {
		return imports.run(id, mapping(id, request));
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template() {
		return ImportDownloads.template(ImportTemplate.xlsx());
	}

	private Mapping mapping(UUID id, MappingRequest request) {
		var upload = imports.get(id);
		if (request == null || request.mapping() == null) {
			return upload.suggested();
		}
		return Mapping.of(request.mapping(), upload.table().headers());
	}

	record MappingRequest(Map<String, String> mapping) {
	}

	record UploadView(UUID id, String filename, List<String> headers, int rows, Map<String, String> mapping) {

		static UploadView of(ImportService.Upload upload) {
			return new UploadView(upload.id(), upload.table().filename(), upload.table().headers(), upload.table().rows().size(),
					upload.suggested().byField(upload.table().headers()));
		}
	}
}
