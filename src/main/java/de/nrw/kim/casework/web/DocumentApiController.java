package de.nrw.kim.casework.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.internal.DocumentService;
import de.nrw.kim.casework.internal.UploadedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** API.md "Cases", documents: PDF, JPEG or PNG (checked by content) up to 20 MB; download only as attachment. */
@RestController
@RequestMapping("/api/v1/cases/{id}/documents")
@Tag(name = "Fälle")
class DocumentApiController {

	private final DocumentService documents;

	DocumentApiController(DocumentService documents) {
		this.documents = documents;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Dokument hochladen",
			description = "multipart/form-data mit file und optional title. Nur PDF, JPEG, PNG – am Inhalt erkannt, "
					+ "nicht am Namen oder am gesendeten Typ; höchstens 20 MB (sonst 413).")
	ResponseEntity<DocumentResponse> upload(@PathVariable UUID id,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "title", required = false) String title) throws IOException {
		UploadedFile uploaded = DocumentUploads.read(file, title);
		DocumentResponse document = DocumentResponse.of(documents.upload(CaseId.of(id), uploaded));
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/documents/" + document.id())).body(document);
	}

	@GetMapping
	List<DocumentResponse> list(@PathVariable UUID id) {
		return documents.list(CaseId.of(id)).stream().map(DocumentResponse::of).toList();
	}

	@GetMapping("/{documentId}")
	@Operation(summary = "Dokument herunterladen", description = "Immer als Anhang (Content-Disposition: attachment), nie eingebettet.")
	void download(@PathVariable UUID id, @PathVariable UUID documentId, HttpServletResponse response) throws IOException {
		DocumentUploads.send(documents.download(CaseId.of(id), documentId), response);
	}

	@DeleteMapping("/{documentId}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID documentId) {
		documents.delete(CaseId.of(id), documentId);
		return ResponseEntity.noContent().build();
	}

}
