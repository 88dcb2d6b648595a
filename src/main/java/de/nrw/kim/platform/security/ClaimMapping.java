package de.nrw.kim.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;

/**
 * Turns the claims of a token from the identity provider into our user: roles through the configured
 * mapping, the municipality from its claim. Anything we cannot place – no known role, a municipal role
 * without a known municipality, state and municipal roles mixed – means no access at all.
 */
class ClaimMapping {

	static final String NO_ACCESS = "Ihr Konto hat keine gültige KIM-Rolle oder keine bekannte Kommune.";

	private final OidcProperties properties;
	private final Municipalities municipalities;

	ClaimMapping(OidcProperties properties, Municipalities municipalities) {
		this.properties = properties;
		this.municipalities = municipalities;
	}

	/** The user, or empty when the claims give no access. */
	Optional<CurrentUser> user(Map<String, Object> claims) {
		Object subject = claims.get("sub");
		if (!(subject instanceof String sub) || sub.isBlank()) {
			return Optional.empty();
		}
		Set<Role> roles = roles(claim(claims, properties.rolesClaim()));
		if (roles.isEmpty()) {
			return Optional.empty();
		}
		boolean stateLevel = roles.stream().allMatch(Role::isStateLevel);
		boolean municipal = roles.stream().noneMatch(Role::isStateLevel);
		if (!stateLevel && !municipal) {
			return Optional.empty();
		}
		MunicipalityKey municipality = null;
		if (municipal) {
			Object key = claim(claims, properties.municipalityClaim());
			if (!(key instanceof String value) || !known(value.trim())) {
				return Optional.empty();
			}
			municipality = MunicipalityKey.of(value.trim());
		}
		String username = text(claim(claims, properties.usernameClaim())).orElse(sub).trim().toLowerCase(Locale.ROOT);
		String displayName = text(claims.get("name")).orElse(username);
		UUID id = UUID.nameUUIDFromBytes((properties.issuerUri() + "|" + sub).getBytes(StandardCharsets.UTF_8));
		return Optional.of(new CurrentUser(id, username, displayName, Set.copyOf(roles), municipality, null));
	}

	private Set<Role> roles(Object claim) {
		Collection<?> values = claim instanceof Collection<?> list ? list
				: claim instanceof String text ? Arrays.asList(text.split("[\\s,]+")) : java.util.List.of();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object value : values) {
			String name = String.valueOf(value).trim();
			Role mapped = properties.roleMapping().get(name);
			if (mapped != null) {
				roles.add(mapped);
			} else if (Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name))) {
				roles.add(Role.valueOf(name));
			}
		}
		return roles;
	}

	private boolean known(String key) {
		return MunicipalityKey.isValid(key) && municipalities.all().stream().anyMatch(m -> m.key().equals(key));
	}

	/** A claim by name or by dotted path into nested objects. */
	@SuppressWarnings("unchecked")
	static Object claim(Map<String, Object> claims, String path) {
		if (claims.containsKey(path)) {
			return claims.get(path);
		}
		Object current = claims;
		for (String part : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = ((Map<String, Object>) map).get(part);
		}
		return current;
	}

	private static Optional<String> text(Object value) {
		return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
	}
}
