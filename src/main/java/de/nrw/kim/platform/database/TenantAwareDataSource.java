package de.nrw.kim.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

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

	private static final String SET_SCOPE = "select set_config('kim.municipality_id', ?, false), "
			+ "set_config('kim.state_roles', ?, false)";

	TenantAwareDataSource(DataSource target) {
		super(target);
		this.attempts = target instanceof HikariDataSource pool ? pool.getMaximumPoolSize() + 1 : 3;
	}

	/**
	 * Pooled connections that died with a database restart are only found when used; binding is the
	 * first use, so a dead one is dropped (the pool evicts it on close) and the next one taken. Every
	 * idle connection of the pool may be dead, so as many tries as the pool holds, and one more.
	 */
	private final int attempts;

	@Override
	public Connection getConnection() throws SQLException {
		return connect(currentScope());
	}

	/**
	 * Connections with neither tenant nor state roles, for Spring Session's own tables (ADR 0812). The
	 * session is loaded before anyone knows the user; asking for the user here would load it a second
	 * time from inside the first load.
	 */
	DataSource withoutTenant() {
		return new DelegatingDataSource(getTargetDataSource()) {
			@Override
			public Connection getConnection() throws SQLException {
				return connect(Scope.NONE);
			}
		};
	}

	private Connection connect(Scope scope) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try {
				return bind(super.getConnection(), scope);
			} catch (SQLException e) {
				if (attempt >= attempts || !connectionLost(e)) {
					throw e;
				}
			}
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		Scope scope = currentScope();
		return bind(super.getConnection(username, password), scope);
	}

	/** Connection exceptions (class 08) and the server shutting the session down (57P01–57P03). */
	static boolean connectionLost(SQLException e) {
		String state = e.getSQLState();
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

	/** Closes the pool behind it when the application stops. */
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	/**
	 * Resolved before a connection is taken: resolving may itself load the HTTP session from the
	 * database (see {@code CurrentUser.find()}), and a failure must not leave a connection checked out.
	 */
	private static Scope currentScope() {
		String tenant = TenantContext.current().map(MunicipalityKey::value).orElse("");
		return new Scope(tenant, tenant.isEmpty() ? stateRoles() : "");
	}

	private static String stateRoles() {
		return CurrentUser.find()
				.map(user -> user.roles().stream().filter(Role::isStateLevel).map(Role::name).sorted()
						.collect(Collectors.joining(",")))
				.orElse("");
	}

	private static Connection bind(Connection connection, Scope scope) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
			statement.setString(1, scope.tenant());
			statement.setString(2, scope.stateRoles());
			statement.execute();
		} catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
		return connection;
	}

	private record Scope(String tenant, String stateRoles) {
		static final Scope NONE = new Scope("", "");
	}
}
