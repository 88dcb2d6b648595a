package de.nrw.kim.network.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the container's limit fails as soon as the CSRF filter reads the first form field,
 * long before a controller; like the case file's documents, this turns it into the agreement page
 * with the error at the file input instead of the container's bare error page.
 */
class AgreementUploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern UPLOAD = Pattern.compile("/kim-concept/agreements/([0-9a-fA-F-]{36})/documents/?");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		} catch (RuntimeException | ServletException e) {
			if (!isTooLarge(e) || response.isCommitted()) {
				throw e;
			}
			Matcher m = UPLOAD.matcher(path(request));
			m.matches();
			response.sendRedirect(request.getContextPath() + "/kim-concept/agreements/" + m.group(1) + "?tooLarge");
		}
	}

	private static boolean isTooLarge(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
			if (cause instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
					|| message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
				return true;
			}
		}
		return false;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
