package de.nrw.kim.platform;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated user as the business modules see it. The tenant ({@link #municipality()}) comes
 * only from here, never from a request.
 *
 * @param organisationId the organisation (office, town, welfare organisation) the user works for;
 *                       cases belong to the organisation of their case manager
 */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles,
		MunicipalityKey municipality, UUID organisationId) implements Serializable {

	private static final ThreadLocal<Boolean> LOADING = new ThreadLocal<>();

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isStateLevel() {
		return municipality == null;
	}

	/** The municipality of a municipal user; state-level users have none and get a 403. */
	public MunicipalityKey requireMunicipality() {
		if (municipality == null) {
			throw new org.springframework.security.access.AccessDeniedException("Keine Kommune zugeordnet");
		}
		return municipality;
	}

	public static Optional<CurrentUser> find() {
		if (LOADING.get() != null) {
			// The security context is loaded lazily from the session, which lives in PostgreSQL: the
			// connection for that lookup asks for the tenant again. It gets none instead of recursing
			// until the pool is exhausted.
			return Optional.empty();
		}
		LOADING.set(Boolean.TRUE);
		try {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUserSource source) {
				return Optional.of(source.currentUser());
			}
			return Optional.empty();
		} finally {
			LOADING.remove();
		}
	}

	public static CurrentUser require() {
		return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Nicht angemeldet"));
	}

	/** Implemented by the security principal so the platform's security internals stay hidden. */
	public interface CurrentUserSource {
		CurrentUser currentUser();
	}
}
