package de.nrw.kim.casework.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A document upload from the case page that exceeds 20 MB cannot even be read: the container
 * fails as soon as the first form field (the CSRF token) is asked for, long before any controller.
 * This filter, placed before the security filters, turns that failure into the documents tab with
 * the error at the file input, instead of the container's bare error page.
 */
class DocumentUploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern UPLOAD = Pattern.compile("/cases/([0-9a-fA-F-]{36})/documents/?");

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
			if (!DocumentUploads.isTooLarge(e) || response.isCommitted()) {
				throw e;
			}
			Matcher m = UPLOAD.matcher(path(request));
			m.matches();
			response.sendRedirect(request.getContextPath() + "/cases/" + m.group(1) + "/documents?tooLarge");
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
