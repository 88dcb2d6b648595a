package de.nrw.kim.funding.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets the demo loader act as a user (coordinator of a municipality, grant officer, ministry), so
 * demo data go through the same services, authorisation, Row-Level Security and history as real work.
 */
final class DemoActor {

	private DemoActor() {
	}

	static <T> T as(String username, Role role, MunicipalityKey municipality, Supplier<T> work) {
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes()), username, username, Set.of(role),
				municipality, null);
		CurrentUser.CurrentUserSource principal = () -> user;
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
				null, List.of(new SimpleGrantedAuthority(role.authority()))));
		try {
			return work.get();
		} finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	static void run(String username, Role role, MunicipalityKey municipality, Runnable work) {
		as(username, role, municipality, () -> {
			work.run();
			return null;
		});
	}
}
