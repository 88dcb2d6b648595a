package de.nrw.kim.platform.security;

import java.util.Map;

import de.nrw.kim.platform.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login through the municipality's identity provider (OpenID Connect), on when {@code issuer-uri} is
 * set. Claim names may be paths ({@code realm_access.roles} for Keycloak realm roles).
 *
 * @param issuerUri         the provider's issuer, e.g. {@code https://login.kreis.de/realms/kim}
 * @param clientId          this application's client at the provider (browser login)
 * @param clientSecret      its secret
 * @param audience          the audience an API bearer token must carry; default: the client id
 * @param usernameClaim     the user name; default {@code preferred_username}
 * @param rolesClaim        the roles (a list or a space-separated string); default {@code roles}
 * @param municipalityClaim the municipality key (Kreisschlüssel); default {@code municipality}
 * @param roleMapping       provider role → KIM role; roles named like ours ({@code CASE_MANAGER}) map to themselves
 */
@ConfigurationProperties("kim.security.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret, String audience, String usernameClaim,
		String rolesClaim, String municipalityClaim, Map<String, Role> roleMapping) {

	OidcProperties {
		usernameClaim = blankTo(usernameClaim, "preferred_username");
		rolesClaim = blankTo(rolesClaim, "roles");
		municipalityClaim = blankTo(municipalityClaim, "municipality");
		roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
		audience = blankTo(audience, clientId);
	}

	private static String blankTo(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
