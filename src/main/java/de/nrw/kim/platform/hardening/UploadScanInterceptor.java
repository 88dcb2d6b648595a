package de.nrw.kim.platform.hardening;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Scans every uploaded file of every module with clamd before any controller sees it, so an
 * infected or unscannable file is never stored.
 */
class UploadScanInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(UploadScanInterceptor.class);

	private final Supplier<Optional<ClamdScanner>> scanner;

	UploadScanInterceptor(Supplier<Optional<ClamdScanner>> scanner) {
		this.scanner = scanner;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
		if (!(request instanceof MultipartHttpServletRequest multipart)) {
			return true;
		}
		Optional<ClamdScanner> clamd = scanner.get();
		if (clamd.isEmpty()) {
			return true;
		}
		for (MultipartFile file : multipart.getMultiFileMap().values().stream().flatMap(java.util.List::stream).toList()) {
			if (file.isEmpty()) {
				continue;
			}
			ClamdScanner.Verdict verdict;
			try {
				verdict = clamd.get().scan(file.getBytes());
			} catch (UploadScanException.Unavailable e) {
				log.error("Virenprüfung nicht erreichbar, Upload abgewiesen: {}", e.getCause().toString());
				throw e;
			}
			if (verdict.infected()) {
				log.warn("Upload mit Schadsoftware abgewiesen: {} auf {}", verdict.signature(), request.getRequestURI());
				throw new UploadScanException.Infected(verdict.signature());
			}
		}
		return true;
	}
}
