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

	TenantAwareDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		String tenant = currentTenant();
		return bindTenant(super.getConnection(), tenant);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		String tenant = currentTenant();
		return bindTenant(super.getConnection(username, password), tenant);
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
	private static String currentTenant() {
		return TenantContext.current().map(MunicipalityKey::value).orElse("");
	}

	private static Connection bindTenant(Connection connection, String tenant) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
			statement.setString(1, tenant);
			statement.execute();
		} catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
		return connection;
	}
}
