package de.nrw.kim.platform.security;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions one request has read, so that {@link LeanSessionRepository} reads each from the
 * database once per request. Runs around Spring Session's filter; outside a request (jobs) nothing is
 * kept, and nothing outlives the request.
 */
final class RequestSessions extends OncePerRequestFilter {

	private static final ThreadLocal<Map<String, Object>> SESSIONS = new ThreadLocal<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, Object> outer = SESSIONS.get();
		SESSIONS.set(new HashMap<>());
		try {
			chain.doFilter(request, response);
		} finally {
			if (outer == null) {
				SESSIONS.remove();
			} else {
				SESSIONS.set(outer);
			}
		}
	}

	static Object known(String id) {
		Map<String, Object> sessions = SESSIONS.get();
		return sessions == null ? null : sessions.get(id);
	}

	static void remember(String id, Object session) {
		Map<String, Object> sessions = SESSIONS.get();
		if (sessions != null && session != null) {
			sessions.put(id, session);
		}
	}

	static void forget(String id) {
		Map<String, Object> sessions = SESSIONS.get();
		if (sessions != null) {
			sessions.remove(id);
		}
	}
}
