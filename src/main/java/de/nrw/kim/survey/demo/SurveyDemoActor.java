package de.nrw.kim.survey.demo;

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

/** Lets the demo loader act as the ministry or a coordinator, so demo surveys go through the same service and RLS. */
final class SurveyDemoActor {

	private SurveyDemoActor() {
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
}
