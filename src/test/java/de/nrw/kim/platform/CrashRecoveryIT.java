package de.nrw.kim.platform;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.nrw.kim.KimApplication;
import de.nrw.kim.support.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The application as operations runs it: a separate JVM in its own process group ({@code setsid})
 * with the embedded PostgreSQL under {@code KIM_DATA_DIR}. After a kill -9 of the application's
 * process group, of the JVM alone, or of the application and PostgreSQL together, the next start on
 * the same data directory comes up and every committed write is still there (API.md "Operations").
 * <p>
 * Note: {@code pg_ctl} starts PostgreSQL in a session of its own, so killing the JVM or its process
 * group leaves PostgreSQL running as an orphan that still holds {@code postmaster.pid};
 * {@code StalePostmaster} stops it on the next start. Killing PostgreSQL as well forces a real crash
 * recovery from the write-ahead log, which only keeps committed data because the embedded server
 * runs with {@code fsync} and {@code synchronous_commit} on.
 * <p>
 * The tests share one data directory so the database is initialised only once; each test starts
 * the application itself when the previous one did not leave it running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static Path root;
	static Path dataDir;
	static int dbPort;
	static App app;
	static int starts;

	@BeforeAll
	static void freshDataDirectory() throws IOException {
		root = Files.createDirectories(Path.of("target", "crash-recovery").toAbsolutePath());
		dataDir = Files.createTempDirectory(root, "data-");
		dbPort = freePort();
	}

	@AfterAll
	static void stopEverything() throws Exception {
		try {
			if (app != null) {
				app.stop();
			}
		} finally {
			stopOrphanedPostgres();
			if (dataDir != null) {
				FileSystemUtils.deleteRecursively(dataDir);
			}
		}
	}

	@Test
	@Order(1)
	void theEmbeddedDatabaseRunsDurably() throws Exception {
		ensureRunning();
		try (Connection db = database(); Statement statement = db.createStatement()) {
			assertThat(show(statement, "fsync")).isEqualTo("on");
			assertThat(show(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(show(statement, "full_page_writes")).isEqualTo("on");
			assertThat(show(statement, "listen_addresses")).isEqualTo("localhost");
		}
	}

	@Test
	@Order(2)
	void aCommittedWriteSurvivesKillNineOfTheApplicationsProcessGroup() throws Exception {
		ensureRunning();
		String marker = write();

		// pg_ctl detaches PostgreSQL into a session of its own, so it may outlive this kill as an orphan
		app.killProcessGroup();

		app = start();
		assertThat(read()).contains(marker);
		assertThat(ApiClient.as(app.port, "cm.koeln").get("/me").status()).isEqualTo(200);
	}

	@Test
	@Order(3)
	void anOrphanedPostgresOfAKilledJvmIsStoppedAndTheNextStartComesUp() throws Exception {
		ensureRunning();
		String marker = write();

		app.killJvmOnly();
		long orphan = postgresPid().orElseThrow();
		assertThat(isPostgresOfDataDir(orphan)).as("PostgreSQL outlives the JVM and holds postmaster.pid").isTrue();

		long started = System.nanoTime();
		app = start();
		Duration startup = Duration.ofNanos(System.nanoTime() - started);
		assertThat(startup).as("restart with an orphaned postmaster").isLessThan(Duration.ofSeconds(60));
		assertThat(isPostgresOfDataDir(orphan)).as("the orphan is gone").isFalse();
		assertThat(read()).contains(marker);
		assertThat(ApiClient.as(app.port, "cm.koeln").get("/me").status()).isEqualTo(200);
	}

	@Test
	@Order(4)
	void aCommittedWriteSurvivesKillNineOfTheApplicationAndOfPostgresTogether() throws Exception {
		ensureRunning();
		String marker = write();
		long postmaster = postgresPid().orElseThrow();

		// like a crash of the whole machine's process tree: nothing shuts down cleanly, WAL recovery on start
		app.killProcessGroup();
		killProcessGroupOf(processGroupOf(postmaster));
		awaitPostgresGone(Duration.ofSeconds(10));
		assertThat(isPostgresOfDataDir(postmaster)).as("PostgreSQL killed").isFalse();
		assertThat(pgData().resolve("postmaster.pid")).as("a crashed server leaves its pid file").exists();

		app = start();
		assertThat(read()).contains(marker);
		assertThat(ApiClient.as(app.port, "cm.koeln").get("/me").status()).isEqualTo(200);
		assertThat(ApiClient.as(app.port, "admin.koeln").get("/audit/verify").json().path("valid").asBoolean())
				.as("the audit chain is intact after recovery").isTrue();
	}

	// --- the application process -----------------------------------------------------------------

	@Test
	@Order(5)
	void aSecondInstanceOnTheSameDataDirectoryRefusesToStartAndLeavesTheFirstRunning() throws Exception {
		ensureRunning();
		Path log = root.resolve(dataDir.getFileName() + "-second.log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(), KimApplication.class.getName(),
				"--server.port=" + freePort()).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("KIM_DATA_DIR", dataDir.toString());
		builder.environment().put("KIM_EMBEDDED_DB_PORT", Integer.toString(freePort()));
		builder.environment().remove("SPRING_DATASOURCE_URL");
		Process second = builder.start();
		try {
			assertThat(second.waitFor(90, TimeUnit.SECONDS)).as("second instance ended").isTrue();
			assertThat(second.exitValue()).isNotZero();
			assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("bereits von einer laufenden KIM-Instanz benutzt");
		} finally {
			second.destroyForcibly();
		}
		assertThat(ApiClient.as(app.port, "cm.koeln").get("/me").status()).isEqualTo(200);
		assertThat(read()).isNotEmpty();
	}

	private static void ensureRunning() throws Exception {
		if (app == null || !app.process.isAlive()) {
			app = start();
		}
	}

	private static App start() throws Exception {
		int port = freePort();
		Path log = root.resolve(dataDir.getFileName() + "-start-" + (++starts) + ".log");
		List<String> command = new ArrayList<>(List.of("setsid",
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-cp", applicationClassPath(), KimApplication.class.getName(), "--server.port=" + port));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		builder.environment().put("KIM_DATA_DIR", dataDir.toString());
		builder.environment().put("KIM_EMBEDDED_DB_PORT", Integer.toString(dbPort));
		builder.environment().put("KIM_DEMO_CASEFILES", "false");
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		Process process = builder.start();
		App started = new App(process, port, log);
		try {
			started.awaitHealthy();
		} catch (Throwable e) {
			started.killProcessGroup();
			throw e;
		}
		return started;
	}

	/** The class path of this test run without the test classes, so only the application is started. */
	private static String applicationClassPath() {
		String classPath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
				.orElse(System.getProperty("java.class.path"));
		return Arrays.stream(classPath.split(File.pathSeparator))
				.filter(entry -> !entry.isBlank() && !entry.endsWith("test-classes"))
				.collect(Collectors.joining(File.pathSeparator));
	}

	record App(Process process, int port, Path log) {

		long processGroup() throws IOException {
			return processGroupOf(process.pid());
		}

		void awaitHealthy() throws Exception {
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					fail("Die Anwendung ist beim Start beendet worden (Exit " + process.exitValue() + "):\n" + tail());
				}
				try {
					HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
							URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5))
							.GET().build(), HttpResponse.BodyHandlers.ofString());
					if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
						assertThat(processGroup()).as("setsid gives the application its own process group")
								.isEqualTo(process.pid());
						return;
					}
				} catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(250);
			}
			fail("Die Anwendung war nach " + START_TIMEOUT.toSeconds() + " s nicht bereit:\n" + tail());
		}

		/** kill -9 of the application's whole process group (setsid made the JVM its leader). */
		void killProcessGroup() throws Exception {
			killProcessGroupOf(processGroup());
			assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("JVM ended").isTrue();
		}

		/** kill -9 of the JVM alone: its PostgreSQL child survives as an orphan. */
		void killJvmOnly() throws Exception {
			process.destroyForcibly();
			assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("JVM ended").isTrue();
		}

		/** A normal stop (SIGTERM), and kill -9 of the group if it does not end in time. */
		void stop() throws Exception {
			if (!process.isAlive()) {
				return;
			}
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				killProcessGroup();
			}
		}

		String tail() {
			try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
				List<String> all = lines.toList();
				return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
			} catch (IOException | RuntimeException e) {
				return "(kein Protokoll: " + e + ")";
			}
		}
	}

	// --- the embedded PostgreSQL -----------------------------------------------------------------

	/** As API.md documents it: user postgres, database postgres, no password, loopback only. */
	private static Connection database() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "");
	}

	/** A committed write straight into PostgreSQL (autocommit): the server acknowledged it. */
	private static String write() throws SQLException {
		String marker = UUID.randomUUID().toString();
		try (Connection db = database(); Statement statement = db.createStatement()) {
			statement.execute("create schema if not exists crash_test");
			statement.execute("create table if not exists crash_test.probe (marker text primary key, at timestamptz not null default now())");
			statement.executeUpdate("insert into crash_test.probe (marker) values ('" + marker + "')");
		}
		return marker;
	}

	private static List<String> read() throws SQLException {
		List<String> markers = new ArrayList<>();
		try (Connection db = database(); Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("select marker from crash_test.probe")) {
			while (rows.next()) {
				markers.add(rows.getString(1));
			}
		}
		return markers;
	}

	private static String show(Statement statement, String setting) throws SQLException {
		try (ResultSet rs = statement.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static Path pgData() {
		return dataDir.resolve("pgdata");
	}

	private static Optional<Long> postgresPid() throws IOException {
		Path pidFile = pgData().resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
	}

	private static boolean isPostgresOfDataDir(long pid) {
		try {
			String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
			return cmdline.contains("postgres") && cmdline.contains(pgData().toString());
		} catch (IOException e) {
			return false;
		}
	}

	private static long processGroupOf(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[2]);
	}

	/** {@code kill -9 -- -group} through bash's built-in kill (procps need not be installed). */
	private static void killProcessGroupOf(long group) throws Exception {
		Process kill = new ProcessBuilder("bash", "-c", "kill -9 -- -" + group).inheritIO().start();
		assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
	}

	private static void awaitPostgresGone(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<Long> pid = postgresPid();
			if (pid.isEmpty() || !isPostgresOfDataDir(pid.get())) {
				return;
			}
			Thread.sleep(100);
		}
	}

	/** Whatever happened, no PostgreSQL of this test may keep running. */
	private static void stopOrphanedPostgres() throws Exception {
		if (dataDir == null) {
			return;
		}
		Optional<Long> pid = postgresPid();
		if (pid.isPresent() && isPostgresOfDataDir(pid.get())) {
			ProcessHandle.of(pid.get()).ifPresent(ProcessHandle::destroy); // SIGTERM: PostgreSQL shuts down cleanly
			awaitPostgresGone(Duration.ofSeconds(15));
			if (isPostgresOfDataDir(pid.get())) {
				ProcessHandle.of(pid.get()).ifPresent(ProcessHandle::destroyForcibly);
				awaitPostgresGone(Duration.ofSeconds(10));
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}
}
