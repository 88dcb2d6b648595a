package de.nrw.kim.reporting.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The refresh job has no logged-in user, but the cooperation module answers referral counts only to an
 * authenticated state-level caller. The job calls it as a state-level system user without a
 * municipality; it receives counts only, and Row-Level Security still limits the read to the tenant set
 * by {@code TenantContext.callAs}. An existing authentication (a test, a request) is kept.
 */
final class JobUser {

	private static final CurrentUser USER = new CurrentUser(new UUID(0, 6), "auswertung-job", "Auswertung (Job)",
			Set.of(Role.SYSTEM_ADMIN), null, null);

	private JobUser() {
	}

	static <T> T call(Callable<T> work) {
		if (SecurityContextHolder.getContext().getAuthentication() != null) {
			return unchecked(work);
		}
		CurrentUser.CurrentUserSource principal = () -> USER;
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
				null, List.of(new SimpleGrantedAuthority(Role.SYSTEM_ADMIN.authority()))));
		try {
			return unchecked(work);
		} finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static <T> T unchecked(Callable<T> work) {
		try {
			return work.call();
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
