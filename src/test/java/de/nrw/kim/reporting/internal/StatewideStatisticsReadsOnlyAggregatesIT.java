package de.nrw.kim.reporting.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0608: the statewide statistics never touch a case. The service that answers them can only reach the
 * pre-aggregated figures, and the plans (EXPLAIN) of all its statements read reporting tables only, the
 * year's figures through the index of V62 — so the answer time does not grow with the number of clients.
 */
@KimIntegrationTest
class StatewideStatisticsReadsOnlyAggregatesIT {

	static final Pattern RELATION = Pattern.compile(" on (\\w+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theServiceCanReachNothingButTheFigures() {
		var parameters = Arrays.stream(StatisticsService.class.getDeclaredConstructors()[0].getParameterTypes()).toList();
		assertThat(parameters).containsExactlyInAnyOrder(Figures.class, Municipalities.class, Clock.class);
	}

	@Test
	void everyStatementOfTheStatewidePathReadsOnlyReportingTablesAndTheYearByIndex() {
		for (String sql : List.of(Figures.OF_YEAR, Figures.FRESHNESS, Figures.FRESHNESS_BY_YEAR)) {
			assertThat(relations(plan(sql, false))).as(sql).isNotEmpty().allMatch(t -> t.startsWith("reporting_"));
		}
		assertThat(plan(Figures.OF_YEAR, true)).as("the year of all municipalities by index, not a full scan")
				.contains("Index").doesNotContain("Seq Scan");
		String index = TenantContext.callWithoutTenant(() -> transactions.execute(tx -> jdbc.sql(
				"select indexdef from pg_indexes where indexname = 'reporting_figure_year_scope'").query(String.class).single()));
		assertThat(index).as("V62: year and scope first, the values included").contains("(year, scope)").contains("INCLUDE");
	}

	@Test
	void theMinistrysStateFiguresAnswerFromTheCachedTable() {
		ApiClient land = ApiClient.as(port, "land");
		assertThat(land.get("/statistics/cases?groupBy=STATE").status()).isEqualTo(200);
		long started = System.nanoTime();
		ApiClient.Response again = land.get("/statistics/cases?groupBy=STATE");
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(again.status()).isEqualTo(200);
		assertThat(millis).as("a second request is served from the cached suppressed table").isLessThan(1000);
	}

	private String plan(String sql, boolean withoutSeqScan) {
		return TenantContext.callWithoutTenant(() -> transactions.execute(tx -> {
			if (withoutSeqScan) {
				jdbc.sql("set local enable_seqscan = off").update();
			}
			return String.join("\n", jdbc.sql("explain " + sql).param("y", 2026).param("s", "").query(String.class).list());
		}));
	}

	private static List<String> relations(String plan) {
		List<String> found = new ArrayList<>();
		Matcher m = RELATION.matcher(plan);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}
}
