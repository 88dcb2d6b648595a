package de.nrw.kim.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.TenantContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that carry the current tenant into PostgreSQL as {@code kim.municipality_id},
 * which the Row-Level Security policies compare against. Every checkout sets it anew, so a pooled
 * connection never keeps a previous user's tenant.
 * <p>
 * A connection without a tenant also carries the state-level roles of the current user (e.g.
 * {@code GRANT_OFFICER}) as {@code kim.state_roles}; only policies of tables that state-level users
 * may reach (funding data, ADR 0301) look at it. Tenant rows stay invisible to them everywhere else.
 */
class TenantAwareDataSource extends DelegatingDataSource {

	private static final String SET_TENANT = "select set_config('kim.municipality_id', ?, false), set_config('kim.state_roles', ?, false)";

	/**
	 * Set while the current user is being resolved for a checkout. Resolving can itself need a
	 * connection: with a form login the security context is loaded lazily from the HTTP session,
	 * which lives in PostgreSQL. That nested connection carries no tenant; without this guard each
	 * checkout would resolve the user again, recursing until the pool is exhausted.
	 */
	private static final ThreadLocal<Boolean> RESOLVING_USER = new ThreadLocal<>();

	TenantAwareDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return bindTenant(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return bindTenant(super.getConnection(username, password));
	}

	/** Closes the pool behind it when the application stops. */
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	private static Connection bindTenant(Connection connection) throws SQLException {
		String tenant = "";
		String stateRoles = "";
		if (RESOLVING_USER.get() == null) {
			RESOLVING_USER.set(Boolean.TRUE);
			try {
				tenant = TenantContext.current().map(MunicipalityKey::value).orElse("");
				stateRoles = tenant.isEmpty() ? stateRoles() : "";
			} finally {
				RESOLVING_USER.remove();
			}
		}
		try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
			statement.setString(1, tenant);
			statement.setString(2, stateRoles);
			statement.execute();
		} catch (SQLException e) {
			connection.close();
			throw e;
		}
		return connection;
	}

	private static String stateRoles() {
		return CurrentUser.find()
				.map(user -> user.roles().stream().filter(Role::isStateLevel).map(Role::name).sorted()
						.collect(Collectors.joining(",")))
				.orElse("");
	}
}
