package de.nrw.kim.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default: a real PostgreSQL 17 started by the application itself when no
 * {@code spring.datasource.url} is configured, with its data under {@code KIM_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedPostgres(DatabaseProperties properties, Environment environment) throws IOException {
		if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			throw new IllegalStateException("Das Profil 'prod' braucht eine externe PostgreSQL-Datenbank: "
					+ "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME und SPRING_DATASOURCE_PASSWORD setzen.");
		}
		Path root = properties.ephemeral()
				? Files.createTempDirectory(Files.createDirectories(properties.dataDir()), "test-")
				: Files.createDirectories(properties.dataDir());
		Path data = root.toAbsolutePath().normalize().resolve("pgdata");
		StalePostmaster.stopIfRunning(data);
		long started = System.nanoTime();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(false)
				.setOverrideWorkingDirectory(binariesDirectory(properties).toFile())
				.setPort(properties.embeddedDbPort())
				// zonky disables durability for tests; this database must keep every committed write
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "200")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
		log.info("Eingebettete PostgreSQL auf Port {} mit Daten in {} ({} ms)", postgres.getPort(), data,
				(System.nanoTime() - started) / 1_000_000);
		return new EmbeddedServer(postgres, properties.ephemeral() ? root : null);
	}

	@Bean
	DatabaseEndpoint databaseEndpoint(EmbeddedServer server) {
		// not zonky's getJdbcUrl: it puts user=postgres into the URL, which would override the application role
		return new DatabaseEndpoint("jdbc:postgresql://localhost:" + server.postgres().getPort() + "/postgres", "postgres", "", true);
	}

	private static Path binariesDirectory(DatabaseProperties properties) throws IOException {
		Path dir = properties.ephemeral() ? Path.of("target", "pg-binaries") : properties.dataDir().resolve("pg-binaries");
		return Files.createDirectories(dir.toAbsolutePath().normalize());
	}

	/** The running server; removes the data of an ephemeral (test) database when it stops. */
	record EmbeddedServer(EmbeddedPostgres postgres, Path ephemeralRoot) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			postgres.close();
			if (ephemeralRoot != null) {
				FileSystemUtils.deleteRecursively(ephemeralRoot);
			}
		}
	}
}
