package de.nrw.kim.generator.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

/**
 * The indexes of the loaded tables that back no constraint (search, foreign-key and list indexes), as
 * their own {@code CREATE INDEX} statements: the generator drops them before COPY into the empty tables
 * and builds each once afterwards, which is much faster than keeping them up to date row by row (ADR 0805).
 * Primary keys and unique constraints stay: foreign keys depend on them.
 */
final class SecondaryIndexes {

	private final List<String> names;
	private final List<String> definitions;

	private SecondaryIndexes(List<String> names, List<String> definitions) {
		this.names = names;
		this.definitions = definitions;
	}

	/** Reads the definitions, largest table first so the long builds start early. */
	static SecondaryIndexes of(Connection connection, List<String> tables) throws SQLException {
		List<String> names = new ArrayList<>();
		List<String> definitions = new ArrayList<>();
		try (PreparedStatement s = connection.prepareStatement("""
				select quote_ident(n.nspname) || '.' || quote_ident(i.relname), pg_get_indexdef(x.indexrelid)
				from pg_index x
				join pg_class i on i.oid = x.indexrelid
				join pg_class t on t.oid = x.indrelid
				join pg_namespace n on n.oid = t.relnamespace
				where n.nspname = current_schema() and t.relname = any (?)
				  and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
				order by t.relname = 'client' desc, pg_total_relation_size(t.oid) desc, i.relname""")) {
			Array tableNames = connection.createArrayOf("text", tables.toArray());
			s.setArray(1, tableNames);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					names.add(r.getString(1));
					definitions.add(r.getString(2));
				}
			}
		}
		return new SecondaryIndexes(List.copyOf(names), List.copyOf(definitions));
	}

	int size() {
		return definitions.size();
	}

	void drop(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement()) {
			for (String name : names) {
				s.execute("drop index " + name);
			}
		}
	}

	/** Builds the indexes again on {@code parallel} connections of their own. */
	void create(DataSource owner, int parallel) throws SQLException {
		ExecutorService builders = Executors.newFixedThreadPool(parallel, r -> {
			Thread t = new Thread(r, "index-build");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<?>> builds = new ArrayList<>();
			for (String definition : definitions) {
				builds.add(builders.submit(() -> {
					build(owner, definition);
					return null;
				}));
			}
			for (Future<?> build : builds) {
				build.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("Index nicht wieder angelegt: " + e.getCause().getMessage(), e.getCause());
		} finally {
			builders.shutdownNow();
		}
	}

	private static void build(DataSource owner, String definition) throws SQLException {
		try (Connection connection = owner.getConnection(); Statement s = connection.createStatement()) {
			s.execute("set maintenance_work_mem = '512MB'; set max_parallel_maintenance_workers = 0");
			s.execute(definition);
		}
	}
}
