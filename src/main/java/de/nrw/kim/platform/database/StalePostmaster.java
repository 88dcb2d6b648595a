package de.nrw.kim.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a kill -9 of the JVM the PostgreSQL child can survive as an orphan that still holds
 * {@code postmaster.pid}; a new start would then wait and fail. This stops such a postmaster, after
 * checking that the pid really is a postgres serving this data directory.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
	private static final Duration GRACE = Duration.ofSeconds(20);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		requireNoLiveInstance(dataDirectory);
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).trim());
		Optional<ProcessHandle> handle = ProcessHandle.of(pid);
		if (handle.isEmpty() || !isPostgresFor(pid, dataDirectory)) {
			return;
		}
		log.warn("Verwaister PostgreSQL-Prozess {} hält {} noch; er wird sauber beendet.", pid, dataDirectory);
		ProcessHandle process = handle.get();
		process.destroy(); // SIGTERM: smart shutdown; without clients it ends at once, data stays consistent
		try {
			process.onExit().get(GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
		} catch (Exception timeout) {
			log.warn("PostgreSQL-Prozess {} endet nicht; er wird hart beendet (WAL-Recovery beim Start).", pid);
			process.destroyForcibly();
		}
	}

	/**
	 * A running instance holds zonky's lock file in the data directory; its postmaster is not an
	 * orphan and must not be stopped. (The lock of a killed JVM is released by the kernel.)
	 */
	private static void requireNoLiveInstance(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
				java.nio.file.StandardOpenOption.WRITE)) {
			java.nio.channels.FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new IllegalStateException("Das Datenverzeichnis " + dataDirectory
						+ " wird bereits von einer laufenden KIM-Instanz benutzt. Eine zweite Instanz kann die "
						+ "eingebettete Datenbank über SPRING_DATASOURCE_URL mitbenutzen, aber nicht selbst starten.");
			}
			lock.release();
		} catch (java.nio.channels.OverlappingFileLockException e) {
			throw new IllegalStateException("Das Datenverzeichnis " + dataDirectory + " wird in diesem Prozess bereits benutzt.");
		}
	}

	private static boolean isPostgresFor(long pid, Path dataDirectory) {
		try {
			String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
			return cmdline.contains("postgres") && cmdline.contains(dataDirectory.toAbsolutePath().normalize().toString());
		} catch (IOException e) {
			return false;
		}
	}
}
