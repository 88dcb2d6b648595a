package de.nrw.kim.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import de.nrw.kim.KimApplication;
import de.nrw.kim.support.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operations scripts and the database restart, on a PostgreSQL server of the machine (the
 * embedded one ships no pg_dump): the application keeps working after the database restarts under
 * it; {@code ops/backup.sh} and {@code ops/restore.sh} restore into a fresh database with the same
 * row count in every table; {@code ops/municipality-export.sh} and {@code -import.sh} bring one
 * municipality back without touching another (docs/betrieb/README.md, section 6; ADR 0029).
 * <p>
 * PostgreSQL refuses to run as root, so as root the server runs as {@code nobody}. Set
 * {@code KIM_TEST_PG_BIN} to another server's {@code bin} directory; without one the test is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsScriptsIT {

	static final Path PG_BIN = Path.of(System.getenv().getOrDefault("KIM_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"));
	static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	static Path dir;
	static Path data;
	static int port;
	static ConfigurableApplicationContext app;
	static int appPort;
	static String clientId;

	@BeforeAll
	static void startServerAndApplication() throws Exception {
		assumeTrue(Files.isExecutable(PG_BIN.resolve("pg_dump")) && Files.isExecutable(PG_BIN.resolve("postgres")),
				"kein PostgreSQL-Server mit pg_dump unter " + PG_BIN);
		dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "ops-it")).toAbsolutePath(), "run-");
		data = dir.resolve("data");
		port = freePort();
		if (ROOT) {
			run(List.of("chown", "nobody", dir.toString()), Map.of());
		}
		server("initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
		server("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-o",
				"-p " + port + " -k " + dir + " -c listen_addresses=localhost", "start");
		sql("postgres", "create role kim_owner login password 'geheim' createrole");
		sql("postgres", "create database kim owner kim_owner");
		app = new SpringApplication(KimApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/kim",
				"--spring.datasource.username=kim_owner", "--spring.datasource.password=geheim",
				"--kim.demo.case-files=false");
		appPort = ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (data != null && Files.exists(data.resolve("postmaster.pid"))) {
			server("pg_ctl", "-D", data.toString(), "-m", "immediate", "stop");
		}
	}

	@Test
	@Order(1)
	void theApplicationReconnectsAfterTheDatabaseRestartedUnderIt() throws Exception {
		ApiClient cm = ApiClient.as(appPort, "cm.koeln");
		clientId = cm.post("/clients", Map.of("givenName", "Rahel", "familyName", "Neustart", "gender", "FEMALE")).text("id");
		// with the log file, or the restarted server would keep this test's output pipe open
		server("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-m", "fast", "-w", "restart");
		assertThat(cm.get("/clients/" + clientId).status()).as("the first request after the restart").isEqualTo(200);
		assertThat(cm.post("/clients", Map.of("givenName", "Noah", "familyName", "Neustart", "gender", "MALE")).status())
				.isEqualTo(201);
	}

	@Test
	@Order(2)
	void aBackupRestoresIntoAFreshDatabaseWithEveryRow() throws Exception {
		app.close(); // no background job may write between the backup and the comparison
		app = null;
		Path dump = dir.resolve("kim.dump");
		Result backup = script("ops/backup.sh", dump.toString());
		assertThat(backup.exit()).as(backup.output()).isZero();
		assertThat(script("ops/backup.sh", dump.toString()).exit()).as("never overwrites a backup").isEqualTo(2);

		Result restore = script("ops/restore.sh", dump.toString(), "kim_copy", "--verify-against", "kim");
		assertThat(restore.exit()).as(restore.output()).isZero();
		assertThat(restore.output()).contains("stimmen mit kim überein");
		assertThat(count("kim_copy", "select count(*) from client")).isEqualTo(count("kim", "select count(*) from client"))
				.isGreaterThanOrEqualTo(2);
		assertThat(script("ops/restore.sh", dump.toString(), "kim_copy").exit()).as("never into an existing database")
				.isEqualTo(2);

		Files.writeString(dir.resolve("broken.dump"), "kein Dump");
		assertThat(script("ops/restore.sh", dir.resolve("broken.dump").toString(), "kim_broken").exit()).isEqualTo(2);

		sql("kim_copy", "set session_replication_role = replica; delete from audit_event where municipality_id = '05315'"
				+ " and seq = (select max(seq) from audit_event where municipality_id = '05315')");
		Result differs = script("ops/restore.sh", dump.toString(), "kim_copy2", "--verify-against", "kim_copy");
		assertThat(differs.exit()).as("a missing row is reported").isEqualTo(1);
		assertThat(differs.output()).contains("public.audit_event");
	}

	@Test
	@Order(3)
	void oneMunicipalityComesBackWithoutTouchingAnother() throws Exception {
		sql("kim", """
				insert into client (municipality_id, id, organisation_id, given_name, family_name, gender, created_by)
				select '05315', gen_random_uuid(), id, 'Jonas', 'Nachzügler', 'MALE', 'cm.koeln'
				from organisation where municipality_id = '05315' limit 1""");
		Map<String, Long> muensterBefore = rowsOf("kim_copy", "05515");
		assertThat(rowsOf("kim_copy", "05315")).isNotEqualTo(rowsOf("kim", "05315"));

		Path export = dir.resolve("koeln");
		Result out = script("ops/municipality-export.sh", "05315", export.toString());
		assertThat(out.exit()).as(out.output()).isZero();
		assertThat(Files.readString(export.resolve("client.csv"))).contains("Nachzügler").doesNotContain("Münster");
		Result in = script("ops/municipality-import.sh", export.toString(), "kim_copy");
		assertThat(in.exit()).as(in.output()).isZero();

		assertThat(rowsOf("kim_copy", "05315")).isEqualTo(rowsOf("kim", "05315"));
		assertThat(rowsOf("kim_copy", "05515")).isEqualTo(muensterBefore);
		assertThat(script("ops/municipality-export.sh", "99999", dir.resolve("x").toString()).exit()).isEqualTo(2);
	}

	private static Map<String, Long> rowsOf(String database, String municipality) throws SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		List<String> tables = new ArrayList<>();
		try (Connection c = connect(database); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select table_name from information_schema.columns where table_schema = 'public'"
						+ " and column_name = 'municipality_id' order by table_name")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		for (String table : tables) {
			rows.put(table, count(database, "select count(*) from \"" + table + "\" where municipality_id = '" + municipality + "'"));
		}
		return rows;
	}

	private static long count(String database, String query) throws SQLException {
		try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void sql(String database, String statement) throws SQLException {
		try (Connection c = connect(database); Statement s = c.createStatement()) {
			s.execute(statement);
		}
	}

	private static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
	}

	/** A script from ops/ with the connection in libpq variables; the last argument of import names the database. */
	private static Result script(String script, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", Path.of(script).toAbsolutePath().toString()));
		String database = "kim";
		List<String> rest = new ArrayList<>(List.of(args));
		if (script.endsWith("municipality-import.sh")) {
			database = rest.remove(rest.size() - 1);
		}
		command.addAll(rest);
		return run(command, Map.of("PG_BIN", PG_BIN.toString(), "PGHOST", "localhost", "PGPORT", Integer.toString(port),
				"PGUSER", "postgres", "PGDATABASE", database));
	}

	private static void server(String program, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		if (ROOT) {
			command.addAll(List.of("runuser", "-u", "nobody", "--"));
		}
		command.add(PG_BIN.resolve(program).toString());
		command.addAll(List.of(args));
		Result result = run(command, Map.of());
		assertThat(result.exit()).as(program + ": " + result.output()).isZero();
	}

	private static Result run(List<String> command, Map<String, String> env) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	record Result(int exit, String output) {
	}
}
