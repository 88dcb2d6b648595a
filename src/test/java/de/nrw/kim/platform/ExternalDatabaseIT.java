package de.nrw.kim.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.nrw.kim.KimApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production set-up: an external PostgreSQL given by {@code spring.datasource.*}, whose owner
 * is an ordinary (non-superuser) role. Migrations run as that owner; the application works as
 * {@code kim_app} through SET ROLE, so Row-Level Security still applies.
 */
class ExternalDatabaseIT {

	static EmbeddedPostgres server;
	static ConfigurableApplicationContext app;

	@BeforeAll
	static void startExternalDatabaseAndApplication() throws Exception {
		Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "external-db")), "pg-");
		server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data"))
				.setOverrideWorkingDirectory(Files.createDirectories(Path.of("target", "pg-binaries")).toFile())
				.start();
		try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
			s.execute("create role kim_owner login password 'geheim' createrole");
			s.execute("create database kim owner kim_owner");
		}
		app = new SpringApplication(KimApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/kim",
				"--spring.datasource.username=kim_owner", "--spring.datasource.password=geheim",
				"--kim.app-role=kim_ext_app", "--kim.demo.case-files=false");
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@Test
	void migrationsRanAsTheOwnerAndTheApplicationWorksAsTheRestrictedRole() {
		JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
		var role = TenantContext.callAs(MunicipalityKey.of("05315"), () -> jdbc
				.sql("select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user")
				.query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).single());
		assertThat(role).containsExactly("kim_ext_app", false, false);
		String owner = jdbc.sql("select tableowner from pg_tables where tablename = 'client'").query(String.class).single();
		assertThat(owner).isEqualTo("kim_owner");
	}

	@Test
	void rowLevelSecuritySeparatesMunicipalitiesOnTheExternalDatabase() {
		JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
		List<String> fromMuenster = TenantContext.callAs(MunicipalityKey.of("05515"),
				() -> jdbc.sql("select distinct municipality_id from organisation").query(String.class).list());
		assertThat(fromMuenster).containsExactly("05515");
		long withoutTenant = TenantContext.callWithoutTenant(
				() -> jdbc.sql("select count(*) from organisation").query(Long.class).single());
		assertThat(withoutTenant).isZero();
	}
}
