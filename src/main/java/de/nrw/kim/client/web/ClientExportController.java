package de.nrw.kim.client.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.internal.ClientExports;
import de.nrw.kim.platform.ValidationException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "Clients": the Art. 15 GDPR export of everything held on a person, as JSON or PDF, always as a
 * download (the client page links here too).
 */
@RestController
@Tag(name = "Klient*innen")
class ClientExportController {

	private final ClientExports exports;
	private final ExportPdf pdf;

	ClientExportController(ClientExports exports, ExportPdf pdf) {
		this.exports = exports;
		this.pdf = pdf;
	}

	@GetMapping(path = "/api/v1/clients/{id}/export")
	ResponseEntity<?> export(@PathVariable UUID id, @RequestParam(defaultValue = "json") String format) {
		return switch (format) {
			case "json" -> download(id, "json", MediaType.APPLICATION_JSON).body(ExportResponse.of(exports.export(id, "JSON")));
			case "pdf" -> download(id, "pdf", MediaType.APPLICATION_PDF).body(pdf.render(exports.export(id, "PDF")));
			default -> throw new ValidationException("format", "Erlaubt sind „json“ und „pdf“.");
		};
	}

	private static ResponseEntity.BodyBuilder download(UUID id, String extension, MediaType type) {
		return ResponseEntity.ok().contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("auskunft-" + id + "." + extension).build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	/** The JSON export; section data is serialised as the contributing module returns it. */
	record ExportResponse(Instant createdAt, String createdBy, String legalBasis, Controller controller,
			ClientResponse client, List<Section> sections) {

		static ExportResponse of(ClientExports.Export export) {
			return new ExportResponse(export.createdAt(), export.createdBy(), "Art. 15 DSGVO",
					new Controller(export.organisationName(), new ClientResponse.MunicipalityRef(
							export.municipality().key(), export.municipality().name())),
					ClientResponse.of(export.client(), export.municipality()),
					export.sections().stream().map(s -> new Section(s.key(), s.title(), s.data())).toList());
		}
	}

	/** The data controller (verantwortliche Stelle). */
	record Controller(String organisation, ClientResponse.MunicipalityRef municipality) {
	}

	record Section(String section, String title, Object data) {
	}
}
