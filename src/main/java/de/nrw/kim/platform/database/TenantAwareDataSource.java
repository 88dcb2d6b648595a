package de.nrw.kim.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that carry the current tenant into PostgreSQL as {@code kim.municipality_id},
 * which the Row-Level Security policies compare against. Every checkout sets it anew, so a pooled
 * connection never keeps a previous user's tenant.
 */
class TenantAwareDataSource extends DelegatingDataSource {

	private static final String SET_TENANT = "select set_config('kim.municipality_id', ?, false)";

	/**
	 * Resolving the tenant can itself need a connection: the security context is loaded lazily from
	 * the HTTP session, which lives in PostgreSQL. That inner connection (for the session tables, which
	 * hold no tenant rows) gets no tenant instead of recursing until the pool is exhausted.
	 */
	private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

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

	private static String currentTenant() {
		if (Boolean.TRUE.equals(RESOLVING.get())) {
			return "";
		}
		RESOLVING.set(true);
		try {
			return TenantContext.current().map(MunicipalityKey::value).orElse("");
		} finally {
			RESOLVING.remove();
		}
	}

	private static Connection bindTenant(Connection connection) throws SQLException {
		String tenant = currentTenant();
		try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
			statement.setString(1, tenant);
			statement.execute();
		} catch (SQLException e) {
			connection.close();
			throw e;
		}
		return connection;
	}
}
