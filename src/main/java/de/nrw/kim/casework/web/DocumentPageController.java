package de.nrw.kim.casework.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.casework.internal.DocumentService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents tab: upload (PDF, JPEG, PNG up to 20 MB), list, download as attachment, delete after confirmation. */
@Controller
@RequestMapping("/cases/{id}/documents")
class DocumentPageController {

	private final CasePages pages;
	private final DocumentService documents;
	private final FormErrors errors;

	DocumentPageController(CasePages pages, DocumentService documents, FormErrors errors) {
		this.pages = pages;
		this.documents = documents;
		this.errors = errors;
	}

	/** {@code tooLarge}: sent here by {@link DocumentUploadLimitFilter} after an upload over 20 MB. */
	@GetMapping
	String show(@PathVariable UUID id, @RequestParam(required = false) String tooLarge, Model model) {
		return page(id, null, tooLarge == null ? FormErrors.none()
				: errors.of(new CaseInputException("file", "casework.error.document.tooLarge")), model);
	}

	@PostMapping
	String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "title", required = false) String title, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			documents.upload(CaseId.of(id), DocumentUploads.read(file, title));
		} catch (CaseInputException e) {
			return page(id, title, errors.of(e), model);
		}
		redirect.addFlashAttribute("success", "casework.flash.documentUploaded");
		return "redirect:/cases/" + id + "/documents";
	}

	@GetMapping("/{documentId}/download")
	void download(@PathVariable UUID id, @PathVariable UUID documentId, HttpServletResponse response) throws IOException {
		DocumentUploads.send(documents.download(CaseId.of(id), documentId), response);
	}

	@PostMapping("/{documentId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID documentId, RedirectAttributes redirect) {
		documents.delete(CaseId.of(id), documentId);
		redirect.addFlashAttribute("success", "casework.flash.documentDeleted");
		return "redirect:/cases/" + id + "/documents";
	}

	/** A file the container could not read (usually: too large) becomes an error at the file input, not an error page. */
	@ExceptionHandler({ MultipartException.class, InvalidParameterException.class })
	String unreadableUpload(RuntimeException e, HttpServletRequest request, Model model) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
				.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		UUID id = UUID.fromString(variables.get("id"));
		String key = DocumentUploads.isTooLarge(e) ? "casework.error.document.tooLarge" : "casework.error.document.missing";
		return page(id, null, errors.of(new CaseInputException("file", key)), model);
	}

	private String page(UUID id, String title, Map<String, String> fieldErrors, Model model) {
		pages.prepare(id, "documents", model, fieldErrors);
		model.addAttribute("documents", documents.list(CaseId.of(id)));
		model.addAttribute("documentTitle", title);
		return CasePages.VIEW;
	}
}
