package de.nrw.kim.platform.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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

	private static final String ACCOUNT_SELECT = """
			select u.id, u.username, u.display_name, u.email, u.roles, u.organisation_id, o.name as organisation_name,
			       u.enabled, u.version, exists (select 1 from app_user_totp t where t.user_id = u.id) as two_factor
			from app_user u left join organisation o on o.municipality_id = u.municipality_id and o.id = u.organisation_id""";

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
				.param("roles", rolesLiteral(roles))
				.param("municipality", municipality == null ? null : municipality.value())
				.param("organisation", organisationId)
				.update();
		return id;
	}

	/** The accounts of one municipality, for its administrator. */
	public List<Account> list(MunicipalityKey municipality, int limit, long offset) {
		return jdbc.sql(ACCOUNT_SELECT + " where u.municipality_id = :m order by u.username limit :limit offset :offset")
				.param("m", municipality.value()).param("limit", limit).param("offset", offset)
				.query(UserAccounts::account).list();
	}

	public long count(MunicipalityKey municipality) {
		return jdbc.sql("select count(*) from app_user where municipality_id = :m").param("m", municipality.value())
				.query(Long.class).single();
	}

	public Optional<Account> find(MunicipalityKey municipality, UUID id) {
		return jdbc.sql(ACCOUNT_SELECT + " where u.municipality_id = :m and u.id = :id")
				.param("m", municipality.value()).param("id", id)
				.query(UserAccounts::account).optional();
	}

	/** Changes an account if {@code version} is current; false when it was changed meanwhile. */
	public boolean update(MunicipalityKey municipality, UUID id, int version, String displayName, Set<Role> roles,
			UUID organisationId, boolean enabled) {
		return jdbc.sql("update app_user set display_name = :name, roles = :roles::text[], organisation_id = :org, "
				+ "enabled = :enabled, version = version + 1 where municipality_id = :m and id = :id and version = :version")
				.param("name", displayName).param("roles", rolesLiteral(roles)).param("org", organisationId)
				.param("enabled", enabled).param("m", municipality.value()).param("id", id).param("version", version)
				.update() == 1;
	}

	public boolean changePassword(MunicipalityKey municipality, UUID id, String passwordHash) {
		return jdbc.sql("update app_user set password_hash = :hash, version = version + 1 where municipality_id = :m and id = :id")
				.param("hash", passwordHash).param("m", municipality.value()).param("id", id).update() == 1;
	}

	/** Removes the second factor of an account of this municipality (lost device). */
	public boolean resetTwoFactor(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("delete from app_user_totp t using app_user u where t.user_id = u.id and u.id = :id "
				+ "and u.municipality_id = :m").param("id", id).param("m", municipality.value()).update() == 1;
	}

	/** The user's own new password (Row-Level Security keeps it to the current tenant). */
	boolean changeOwnPassword(UUID id, String passwordHash) {
		return jdbc.sql("update app_user set password_hash = :hash, version = version + 1 where id = :id")
				.param("hash", passwordHash).param("id", id).update() == 1;
	}

	/** An account as its administrator sees it (never the password hash). */
	public record Account(UUID id, String username, String displayName, String email, Set<Role> roles,
			UUID organisationId, String organisationName, boolean enabled, int version, boolean twoFactor) {
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), roles(rs.getArray("roles")), rs.getObject("organisation_id", UUID.class),
				rs.getString("organisation_name"), rs.getBoolean("enabled"), rs.getInt("version"), rs.getBoolean("two_factor"));
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		return Set.copyOf(roles);
	}

	private static String rolesLiteral(Set<Role> roles) {
		return "{" + roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")) + "}";
	}

	private static KimPrincipal principal(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = roles(rs.getArray("roles"));
		String municipality = rs.getString("municipality_id");
		CurrentUser user = new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), Set.copyOf(roles),
				municipality == null ? null : MunicipalityKey.of(municipality),
				rs.getObject("organisation_id", UUID.class));
		return new KimPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
	}
}
