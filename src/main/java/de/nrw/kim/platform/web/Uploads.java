package de.nrw.kim.platform.web;

import java.util.Locale;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Recognises the container's many ways of saying that a request exceeded its size limit. */
final class Uploads {

	private Uploads() {
	}

	static boolean isTooLarge(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof MaxUploadSizeExceededException
					|| cause instanceof RequestBodyLimitFilter.BodyTooLargeException) {
				return true;
			}
			String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
			if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
				return true;
			}
		}
		return false;
	}
}
