package de.nrw.kim.platform.security;

import java.util.Collection;
import java.util.List;

import de.nrw.kim.platform.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: the account as stored, and the {@link CurrentUser} the modules see. */
record KimPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled)
		implements UserDetails, CurrentUser.CurrentUserSource {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = currentUser.roles().stream()
				.map(role -> new SimpleGrantedAuthority(role.authority()))
				.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return currentUser.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
