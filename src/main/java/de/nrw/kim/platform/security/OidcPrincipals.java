package de.nrw.kim.platform.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import de.nrw.kim.platform.CurrentUser;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Principals of users from the identity provider; the modules see only their {@link CurrentUser}. */
final class OidcPrincipals {

	private OidcPrincipals() {
	}

	static List<GrantedAuthority> authorities(CurrentUser user) {
		return user.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

	/** A browser login (authorization code flow); lives in the session. */
	static final class BrowserUser extends DefaultOidcUser implements CurrentUser.CurrentUserSource {

		private static final long serialVersionUID = 1L;

		private final CurrentUser currentUser;

		BrowserUser(CurrentUser currentUser, OidcIdToken idToken, OidcUserInfo userInfo) {
			super(authorities(currentUser), idToken, userInfo, "sub");
			this.currentUser = currentUser;
		}

		@Override
		public CurrentUser currentUser() {
			return currentUser;
		}

		/** The user name, so that ending all sessions of a user (by principal name) works for them too. */
		@Override
		public String getName() {
			return currentUser.username();
		}

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			return authorities(currentUser);
		}
	}

	/** A caller with a bearer token; nothing is stored. */
	record TokenUser(CurrentUser currentUser) implements CurrentUser.CurrentUserSource, AuthenticatedPrincipal, Serializable {

		@Override
		public String getName() {
			return currentUser.username();
		}
	}
}
