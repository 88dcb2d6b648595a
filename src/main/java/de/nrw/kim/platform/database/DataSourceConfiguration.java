package de.nrw.kim.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

/**
 * Two data sources: the owner runs the Flyway migrations; the application works through a pool as
 * a role that is neither owner nor superuser, so PostgreSQL's Row-Level Security applies to it.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean
	@Conditional(ExternalDatabaseCondition.class)
	DatabaseEndpoint externalDatabaseEndpoint(Environment environment) {
		return new DatabaseEndpoint(environment.getRequiredProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"), false);
	}

	@Bean
	@FlywayDataSource
	DataSource ownerDataSource(DatabaseEndpoint endpoint) {
		return new SimpleDriverDataSource(new org.postgresql.Driver(), endpoint.jdbcUrl(), endpoint.ownerUsername(),
				endpoint.ownerPassword());
	}

	/**
	 * Health checks only the application pool: the owner data source opens a fresh, unpooled
	 * connection as the owner for every call, which a monitoring system polling the health endpoint
	 * would turn into a stream of owner logins.
	 */
	@Bean
	HealthContributor dbHealthContributor(DataSource dataSource) {
		return new DataSourceHealthIndicator(dataSource, "select 1");
	}

	@Bean
	@Primary
	DataSource dataSource(DatabaseEndpoint endpoint, DatabaseProperties properties) {
		// the pool opens lazily: the application role exists once Flyway (which runs first) has created it
		if (!properties.appRole().matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalStateException("kim.app-role muss ein einfacher PostgreSQL-Rollenname sein: " + properties.appRole());
		}
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("kim-app");
		pool.setJdbcUrl(endpoint.jdbcUrl());
		pool.setMaximumPoolSize(properties.appPoolSize());
		if (endpoint.embedded()) {
			pool.setUsername(properties.appRole());
		} else if (StringUtils.hasText(properties.appUsername())) {
			pool.setUsername(properties.appUsername());
			pool.setPassword(properties.appPassword());
		} else {
			pool.setUsername(endpoint.ownerUsername());
			pool.setPassword(endpoint.ownerPassword());
			pool.setConnectionInitSql("SET ROLE " + properties.appRole());
		}
		return new TenantAwareDataSource(pool);
	}

	/**
	 * The same pool for Spring Session's tables, which have no tenant, with its own transactions (ADR
	 * 0812). Both are injected only where asked for by their qualifier.
	 */
	@Bean(defaultCandidate = false)
	@SpringSessionDataSource
	DataSource sessionDataSource(DataSource dataSource) {
		return ((TenantAwareDataSource) dataSource).withoutTenant();
	}

	@Bean(defaultCandidate = false)
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionTransactionManager(@SpringSessionDataSource DataSource sessionDataSource) {
		return new DataSourceTransactionManager(sessionDataSource);
	}
}
