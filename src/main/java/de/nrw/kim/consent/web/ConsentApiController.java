package de.nrw.kim.consent.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.consent.internal.Consent;
import de.nrw.kim.consent.internal.ConsentDraft;
import de.nrw.kim.consent.internal.ConsentService;
import de.nrw.kim.consent.internal.ScanFile;
import de.nrw.kim.platform.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/** API.md "Partners, consent, referrals": consents of a client, revocation, scan, printable form. */
@RestController
@Tag(name = "Einwilligungen")
class ConsentApiController {

	private final ConsentService consents;
	private final ConsentFormPdf formPdf;

	ConsentApiController(ConsentService consents, ConsentFormPdf formPdf) {
		this.consents = consents;
		this.formPdf = formPdf;
	}

	@PostMapping("/api/v1/clients/{id}/consents")
	@Operation(summary = "Einwilligung erfassen",
			description = "Empfänger: partnerIds und/oder municipalityKeys; dataCategories; purpose; form WRITTEN (Standard), "
					+ "ORAL_WITH_WITNESS (mit witnessName), WITH_INTERPRETER (mit interpreterName); givenOn; validUntil (einschließlich, optional).")
	ResponseEntity<ConsentResponse> create(@PathVariable UUID id, @RequestBody ConsentDraft request) {
		Consent consent = consents.record(id, request);
		return ResponseEntity.created(URI.create("/api/v1/consents/" + consent.id())).body(response(consent));
	}

	@GetMapping("/api/v1/clients/{id}/consents")
	@Operation(summary = "Einwilligungen einer Person", description = "Neueste zuerst; status für heute berechnet (ACTIVE, EXPIRED, REVOKED).")
	List<ConsentResponse> list(@PathVariable UUID id) {
		return consents.ofClient(id).stream().map(this::response).toList();
	}

	@GetMapping("/api/v1/consents/{id}")
	ConsentResponse get(@PathVariable UUID id) {
		return response(consents.read(id));
	}

	@PostMapping("/api/v1/consents/{id}/revoke")
	@Operation(summary = "Einwilligung widerrufen", description = "Wirkt sofort. {\"note\"?}; bereits widerrufen → 409 …/consent-revoked.")
	ConsentResponse revoke(@PathVariable UUID id, @RequestBody(required = false) RevokeRequest request) {
		return response(consents.revoke(id, request == null ? null : request.note()));
	}

	@PostMapping(path = "/api/v1/consents/{id}/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Scan des unterschriebenen Formulars hochladen",
			description = "multipart/form-data mit file: PDF, JPEG oder PNG (am Inhalt erkannt), höchstens 10 MB. Ersetzt einen früheren Scan.")
	ConsentResponse uploadScan(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file)
			throws IOException {
		return response(consents.attachScan(id, ScanFile.of(file == null ? null : file.getBytes())));
	}

	@GetMapping("/api/v1/consents/{id}/scan")
	@Operation(summary = "Scan herunterladen", description = "Immer als Anhang, mit nosniff.")
	void downloadScan(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		ConsentService.ScanDownload download = consents.scan(id);
		Downloads.attachment(response, download.scan().mediaType(), download.scan().fileName(), download.content());
	}

	@GetMapping("/api/v1/consents/{id}/form")
	@Operation(summary = "Einwilligungsformular (PDF)", description = "Ausgefüllt mit Empfängern, Kategorien und Zweck, auf Deutsch und in einfacher Sprache.")
	void form(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		Consent consent = consents.read(id);
		Downloads.attachment(response, "application/pdf", "einwilligung-" + id.toString().substring(0, 8) + ".pdf",
				formPdf.render(consent, consents.recipientNames(consent)));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"Die Datei ist zu groß oder nicht lesbar. Erlaubt sind PDF, JPEG oder PNG bis 10 MB.");
		problem.setType(ProblemType.TOO_LARGE);
		problem.setTitle("Zu groß");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ConsentResponse response(Consent consent) {
		return ConsentResponse.of(consent, consents.statusToday(consent), consents.recipientNames(consent));
	}

	record RevokeRequest(String note) {
	}

	/** Sending a file so a browser never renders it in our origin. */
	static final class Downloads {

		private Downloads() {
		}

		static void attachment(HttpServletResponse response, String mediaType, String fileName, byte[] content)
				throws IOException {
			response.setContentType(mediaType);
			response.setContentLengthLong(content.length);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
			response.getOutputStream().write(content);
		}
	}
}
