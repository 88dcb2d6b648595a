package de.nrw.kim.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that is older than the absolute limit, however active it was: the idle timeout alone
 * would let a session that is used every few minutes live for ever. Runs after the session has been
 * loaded from PostgreSQL and before the security filters, which then see an anonymous request.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	private final Duration limit;
	private final Clock clock;

	AbsoluteSessionTimeoutFilter(Duration limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	/** Public static files need no session: reading it would cost a database round trip per file. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return SecurityConfiguration.STATIC_RESOURCES.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getCreationTime() + limit.toMillis() < clock.millis()) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}
}
