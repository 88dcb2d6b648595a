package de.nrw.kim.client.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the client search cannot use its indexes: under Row-Level Security only
 * leakproof operators may use an index, and marking them needs a superuser (ADR 0101).
 */
@Component
class SearchIndexCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

	private final JdbcClient jdbc;

	SearchIndexCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		long notLeakproof = jdbc.sql("""
				select count(*) from pg_proc
				where oid in ('word_similarity_op(text,text)'::regprocedure,
				              'word_similarity_commutator_op(text,text)'::regprocedure,
				              'pg_catalog.arraycontains(anyarray,anyarray)'::regprocedure)
				  and not proleakproof""").query(Long.class).single();
		if (notLeakproof > 0) {
			log.warn("Die Klient*innensuche kann ihre Indizes nicht nutzen (Row-Level Security verlangt LEAKPROOF-Operatoren) "
					+ "und durchsucht die Tabelle vollständig. Abhilfe: als PostgreSQL-Superuser einmal ausführen: "
					+ "ALTER FUNCTION word_similarity_op(text, text) LEAKPROOF; "
					+ "ALTER FUNCTION word_similarity_commutator_op(text, text) LEAKPROOF; "
					+ "ALTER FUNCTION pg_catalog.arraycontains(anyarray, anyarray) LEAKPROOF; (siehe ADR 0101)");
		}
	}
}
