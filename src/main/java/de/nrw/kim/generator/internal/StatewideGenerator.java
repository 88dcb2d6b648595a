package de.nrw.kim.generator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.reporting.StatisticsBackfill;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with synthetic statewide data (ADR 0801): two threads generate the
 * municipalities' rows while the loader sends the finished ones with COPY, one transaction per
 * municipality, as the database owner (bypassing Row-Level Security, which COPY cannot pass), with the
 * secondary indexes dropped and built again afterwards (ADR 0805). Then ANALYZE and the reporting figures
 * of the last five years.
 */
@Component
public class StatewideGenerator {

	static final String PASSWORD = "kim-demo";
	private static final Logger log = LoggerFactory.getLogger(StatewideGenerator.class);

	private final DataSource owner;
	private final Municipalities municipalities;
	private final PasswordEncoder encoder;
	private final StatisticsBackfill statistics;

	StatewideGenerator(@Qualifier("ownerDataSource") DataSource owner, Municipalities municipalities,
			PasswordEncoder encoder, StatisticsBackfill statistics) {
		this.owner = owner;
		this.municipalities = municipalities;
		this.encoder = encoder;
		this.statistics = statistics;
	}

	/** What was loaded: rows per table, and how long loading and the statistics took. */
	public record Result(Map<String, Long> rows, long loadMillis, long statisticsMillis) {
	}

	public Result generate(int clients, long seed, LocalDate today) throws SQLException {
		long started = System.nanoTime();
		List<Municipality> all = municipalities.all();
		Map<String, Integer> shares = Populations.apportion(clients, all.stream().map(Municipality::key).toList(),
				Populations.load());
		MunicipalityGenerator generator = new MunicipalityGenerator(NamePool.load(), seed, today, encoder.encode(PASSWORD));
		Map<String, Long> rows = new LinkedHashMap<>();
		ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
			Thread t = new Thread(r, "generator");
			t.setDaemon(true);
			return t;
		});
		try (Connection connection = owner.getConnection()) {
			checkLoadable(connection);
			try (Statement session = connection.createStatement()) {
				// a failed load is started again from an empty database, so the loader need not wait for each flush
				session.execute("set synchronous_commit = off; set maintenance_work_mem = '256MB'");
				if (superuser(connection)) {
					// no per-row foreign-key triggers: the generator writes parents before children itself (ADR 0801)
					session.execute("set session_replication_role = replica");
				}
			}
			Map<String, List<Staff.Manager>> existing = existingManagers(connection);
			SecondaryIndexes indexes = SecondaryIndexes.of(connection,
					new Batch("").inLoadOrder().stream().map(CopyTable::name).toList());
			indexes.drop(connection);
			Map<String, Long> copyNanos = new LinkedHashMap<>();
			boolean complete = false;
			long waitedNanos = 0;
			long copiedNanos = 0;
			try {
				Deque<Future<Batch>> pending = new ArrayDeque<>();
				int next = 0;
				while (next < all.size() || !pending.isEmpty()) {
					while (next < all.size() && pending.size() < 3) {
						Municipality m = all.get(next++);
						pending.add(workers.submit(() -> generator.generate(m, shares.get(m.key()),
								existing.getOrDefault(m.key(), List.of()))));
					}
					long waiting = System.nanoTime();
					Batch batch = await(pending.removeFirst());
					long copying = System.nanoTime();
					load(connection, batch, rows, copyNanos);
					waitedNanos += copying - waiting;
					copiedNanos += System.nanoTime() - copying;
				}
				complete = true;
			} finally {
				long building = System.nanoTime();
				try {
					indexes.create(owner, 2);
				} catch (RuntimeException e) {
					if (complete) {
						throw e;
					}
					log.warn("Generator: Indizes nach dem Abbruch nicht wieder angelegt: {}", e.getMessage());
				}
				log.info("Generator: {} Indizes neu aufgebaut in {} ms", indexes.size(), (System.nanoTime() - building) / 1_000_000);
			}
			long analyzing = System.nanoTime();
			try (Statement analyze = connection.createStatement()) {
				analyze.execute("set session_replication_role = origin; ANALYZE");
			}
			log.info("Generator: auf Erzeugung gewartet {} ms, COPY {} ms, ANALYZE {} ms", waitedNanos / 1_000_000,
					copiedNanos / 1_000_000, (System.nanoTime() - analyzing) / 1_000_000);
			log.info("Generator: COPY je Tabelle (ms) {}", copyNanos.entrySet().stream()
					.map(e -> e.getKey() + "=" + e.getValue() / 1_000_000).toList());
		} finally {
			workers.shutdownNow();
		}
		long loaded = System.nanoTime();
		log.info("Generator: {} Klient*innen in {} Kommunen geladen in {} s", clients, all.size(),
				(loaded - started) / 1_000_000_000);
		// two municipalities at a time: while one waits for the database the other computes (ADR 0805)
		statistics.refreshAll(today.getYear() - 4, today.getYear(), 2);
		long done = System.nanoTime();
		log.info("Generator: Kennzahlen neu berechnet in {} s", (done - loaded) / 1_000_000_000);
		return new Result(rows, (loaded - started) / 1_000_000, (done - loaded) / 1_000_000);
	}

	private static void checkLoadable(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("""
						select (select rolsuper or rolbypassrls from pg_roles where rolname = current_user),
						       exists (select 1 from client)""")) {
			r.next();
			if (!r.getBoolean(1)) {
				throw new IllegalStateException("Der Generator lädt als Eigentümer der Datenbank mit COPY und braucht dafür "
						+ "eine Rolle mit SUPERUSER oder BYPASSRLS (ADR 0801).");
			}
			if (r.getBoolean(2)) {
				throw new IllegalStateException("Die Datenbank enthält schon Klient*innen. Der Generator füllt nur eine leere "
						+ "Datenbank: ein neues KIM_DATA_DIR (oder eine leere externe Datenbank) verwenden.");
			}
		}
	}

	private static boolean superuser(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
			return r.next() && r.getBoolean(1);
		}
	}

	/** Case managers already there (the demo users), those of a municipal office first. */
	private static Map<String, List<Staff.Manager>> existingManagers(Connection connection) throws SQLException {
		Map<String, List<Staff.Manager>> managers = new LinkedHashMap<>();
		try (PreparedStatement s = connection.prepareStatement("""
				select u.municipality_id, u.username, u.display_name, u.organisation_id from app_user u
				join organisation o on o.id = u.organisation_id
				where 'CASE_MANAGER' = any (u.roles) and u.enabled
				order by u.municipality_id, o.kind = 'MUNICIPAL_OFFICE' desc, u.username""");
				ResultSet r = s.executeQuery()) {
			while (r.next()) {
				managers.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
						.add(new Staff.Manager(r.getString(2), r.getString(3), r.getObject(4, java.util.UUID.class)));
			}
		}
		return managers;
	}

	private static void load(Connection connection, Batch batch, Map<String, Long> rows, Map<String, Long> nanos)
			throws SQLException {
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		connection.setAutoCommit(false);
		try {
			for (CopyTable table : batch.inLoadOrder()) {
				long started = System.nanoTime();
				table.copy(copy);
				nanos.merge(table.name(), System.nanoTime() - started, Long::sum);
				rows.merge(table.name(), table.rows(), Long::sum);
			}
			connection.commit();
		} catch (SQLException | java.io.IOException | RuntimeException e) {
			connection.rollback();
			throw new IllegalStateException("Laden der Kommune " + batch.municipality + " fehlgeschlagen: " + e.getMessage(), e);
		} finally {
			connection.setAutoCommit(true);
		}
	}

	private static Batch await(Future<Batch> batch) {
		try {
			return batch.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("Erzeugen fehlgeschlagen: " + e.getCause().getMessage(), e.getCause());
		}
	}
}
