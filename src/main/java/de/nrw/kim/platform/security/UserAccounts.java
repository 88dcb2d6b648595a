package de.nrw.kim.platform.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** The user accounts of the local login. */
@Repository
public class UserAccounts implements UserDetailsService {

	private static final String SELECT = """
			select id, username, password_hash, display_name, roles, municipality_id, organisation_id, enabled
			from app_user""";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unbekannt"));
	}

	Optional<KimPrincipal> findByUsername(String username) {
		if (username == null) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " where username = :username")
				.param("username", username.trim().toLowerCase(java.util.Locale.ROOT))
				.query(UserAccounts::principal)
				.optional();
	}

	public boolean exists(String username) {
		return jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
				.query(Long.class).single() > 0;
	}

	/** Creates an account in the current tenant (state-level accounts: without tenant). */
	public UUID create(String username, String passwordHash, String displayName, Set<Role> roles,
			MunicipalityKey municipality, UUID organisationId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into app_user (id, username, password_hash, display_name, roles, municipality_id, organisation_id)
				values (:id, :username, :hash, :name, :roles::text[], :municipality, :organisation)""")
				.param("id", id)
				.param("username", username)
				.param("hash", passwordHash)
				.param("name", displayName)
				.param("roles", "{" + roles.stream().map(Role::name).collect(Collectors.joining(",")) + "}")
				.param("municipality", municipality == null ? null : municipality.value())
				.param("organisation", organisationId)
				.update();
		return id;
	}

	private static KimPrincipal principal(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("roles");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		String municipality = rs.getString("municipality_id");
		CurrentUser user = new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), Set.copyOf(roles),
				municipality == null ? null : MunicipalityKey.of(municipality),
				rs.getObject("organisation_id", UUID.class));
		return new KimPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
	}
}
