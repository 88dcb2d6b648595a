package de.nrw.kim.client.internal;

import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under Row-Level Security PostgreSQL uses an index only for leakproof operators; without the marking
 * (afterMigrate__client_search_leakproof.sql) every search is a full table scan. The plans themselves
 * are shown by {@link ClientSearchBenchmarkIT}: the small test table would make the planner prefer
 * other scans anyway.
 */
@KimIntegrationTest
class ClientSearchIndexIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOperatorsOfTheSearchAreMarkedLeakproofSoTheIndexesWorkUnderRowLevelSecurity() {
		assertThat(jdbc.queryForList("""
				select proleakproof from pg_proc where oid in ('word_similarity_op(text,text)'::regprocedure,
				    'word_similarity_commutator_op(text,text)'::regprocedure, 'arraycontains(anyarray,anyarray)'::regprocedure)""",
				Boolean.class)).containsExactly(true, true, true);
	}
}
