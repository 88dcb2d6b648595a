package de.nrw.kim.casework.web;

import java.util.Locale;
import java.io.IOException;

import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.casework.internal.DocumentService;
import de.nrw.kim.casework.internal.UploadedFile;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.multipart.MultipartFile;

/** Reading an upload and sending a download the same way for the API and the web UI. */
final class DocumentUploads {

	private DocumentUploads() {
	}

	/** The upload as a checked file; the sent content type is ignored, the type comes from the content. */
	static UploadedFile read(MultipartFile file, String title) throws IOException {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
			throw new CaseInputException("file", "casework.error.document.missing");
		}
		return UploadedFile.of(title, file.getOriginalFilename(), file.getBytes());
	}

	/** Whether a failure while reading the request means the upload exceeded the size limit. */
	static boolean isTooLarge(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
				return true;
			}
			String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
			if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Sends the document as an attachment with its recognised type, a safe file name and
	 * {@code nosniff}, so a browser never renders or runs it in our origin.
	 */
	static void send(DocumentService.Download download, HttpServletResponse response) throws IOException {
		var document = download.document();
		response.setContentType(document.type().mediaType());
		response.setContentLengthLong(download.content().length);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(document.fileName()).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
		response.getOutputStream().write(download.content());
	}
}
