package de.nrw.kim.network.web;

import java.io.IOException;

import de.nrw.kim.network.internal.Agreement;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends an agreement's PDF like a case document: as attachment with nosniff, never rendered in our origin. */
final class AgreementDownloads {

	private AgreementDownloads() {
	}

	static void send(Agreement.Download download, HttpServletResponse response) throws IOException {
		response.setContentType("application/pdf");
		response.setContentLengthLong(download.content().length);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(download.document().fileName()).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
		response.getOutputStream().write(download.content());
	}
}
