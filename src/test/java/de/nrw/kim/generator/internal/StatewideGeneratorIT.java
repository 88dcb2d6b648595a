package de.nrw.kim.generator.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import de.nrw.kim.casework.CaseFacts;
import de.nrw.kim.casework.CaseStatistics;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.reporting.internal.StatisticsRefresh;
import de.nrw.kim.support.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Generates 500 clients into a database of its own (the generator fills only an empty one) and checks
 * what the benchmark relies on: the spread, the shape of the case files, and that the application
 * then finds a generated client by a misspelt name and shows the ministry statewide statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kim.ephemeral=true", "kim.data-dir=target/test-db", "kim.demo.case-files=false",
				"kim.reporting.initial-delay=PT24H" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatewideGeneratorIT {

	private static final int CLIENTS = 500;

	@LocalServerPort
	int port;
	@Autowired
	StatewideGenerator generator;
	@Autowired
	@Qualifier("ownerDataSource")
	DataSource owner;

	@Autowired
	CaseStatistics caseStatistics;
	@Autowired
	StatisticsRefresh statisticsRefresh;

	private StatewideGenerator.Result result;
	private JdbcTemplate db;
	private List<String> migratedIndexes;

	@BeforeAll
	void generate() throws Exception {
		db = new JdbcTemplate(owner);
		migratedIndexes = indexes();
		result = generator.generate(CLIENTS, 42, LocalDate.now(ZoneId.of("Europe/Berlin")));
	}

	@Test
	void buildsEveryDroppedIndexAgainAsTheMigrationsDefinedIt() {
		assertThat(migratedIndexes).anyMatch(i -> i.startsWith("client.client_search_names_gist:"))
				.anyMatch(i -> i.startsWith("case_contact.case_contact_case:"));
		assertThat(indexes()).containsExactlyElementsOf(migratedIndexes);
	}

	@Test
	void theBackfillOfAllYearsEqualsTheRefreshOfEachYearOnItsOwn() {
		List<String> backfilled = figures();
		assertThat(backfilled).hasSizeGreaterThan(1000);
		// the scheduled job's path: one municipality-year at a time, phases summed in SQL
		db.update("update reporting_refresh set requested_at = now() where year >= extract(year from current_date) - 4");
		assertThat(statisticsRefresh.refreshRequested()).isGreaterThanOrEqualTo(54 * 5);
		assertThat(figures()).containsExactlyElementsOf(backfilled);
	}

	@Test
	void readingSeveralYearsAtOnceGivesTheFactsOfEachYear() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		SortedMap<Integer, LocalDate> asOfByYear = new TreeMap<>();
		for (int year = today.getYear() - 4; year < today.getYear(); year++) {
			asOfByYear.put(year, LocalDate.of(year, 12, 31));
		}
		asOfByYear.put(today.getYear(), today);
		for (String key : List.of("05315", "05515", "05962")) {
			MunicipalityKey m = MunicipalityKey.of(key);
			Map<Integer, List<CaseFacts>> together = TenantContext.callAs(m, () -> caseStatistics.factsOfYears(m, asOfByYear));
			asOfByYear.forEach((year, asOf) -> assertThat(together.get(year))
					.isEqualTo(TenantContext.callAs(m, () -> caseStatistics.factsOf(m, year, asOf))));
			assertThat(together.values().stream().flatMap(List::stream).filter(f -> !f.daysInPhase().isEmpty())).isNotEmpty();
		}
	}

	@Test
	void spreadsClientsOverAllMunicipalitiesByPopulation() {
		assertThat(result.rows().get("client")).isEqualTo(CLIENTS);
		Map<String, Long> perMunicipality = Map.copyOf(db.query(
				"select municipality_id, count(*) from client group by municipality_id",
				(java.sql.ResultSet r) -> {
					var map = new java.util.HashMap<String, Long>();
					while (r.next()) {
						map.put(r.getString(1), r.getLong(2));
					}
					return map;
				}));
		assertThat(perMunicipality).hasSize(54);
		assertThat(perMunicipality.get("05315")).isEqualTo(perMunicipality.values().stream().max(Long::compare).orElseThrow())
				.isBetween(25L, 36L);
	}

	@Test
	void casesLookLikeCaseManagement() {
		long cases = count("case_file");
		assertThat((double) cases / CLIENTS).isCloseTo(1.3, within(0.15));
		assertThat((double) count("case_contact") / cases).isCloseTo(10, within(1.5));
		List<String> phases = db.queryForList("select distinct phase from case_file order by 1", String.class);
		assertThat(phases).containsExactly("ASSESSMENT", "CLOSED", "IMPLEMENTATION", "INTAKE", "PLANNING");
		assertThat(db.queryForObject("select min(opened_on) from case_file", LocalDate.class))
				.isAfter(LocalDate.now().minusYears(5).minusDays(2));
		assertThat(count("case_assessment")).isPositive();
		assertThat(count("case_goal")).isPositive();
		assertThat(count("referral")).isPositive();
		assertThat(db.queryForObject("select count(*) from referral r join consent c on c.municipality_id = r.municipality_id "
				+ "and c.id = r.consent_id and r.partner_id = any (c.partner_ids)", Long.class)).isEqualTo(count("referral"));
		assertThat(count("residence_status")).isPositive();
	}

	@Test
	void namesComeFromTheRealMixWithPartialBirthDates() {
		assertThat(db.queryForObject("select count(*) from client where original_script_name ~ '[\u0400-\u04FF]'", Long.class))
				.isPositive();
		assertThat(db.queryForObject("select count(*) from client where original_script_name ~ '[\u0600-\u06FF]'", Long.class))
				.isPositive();
		assertThat(db.queryForObject("select count(*) from client where length(birth_date) = 4", Long.class)).isPositive();
		assertThat(db.queryForObject("select count(*) from client where search_names = '' or cardinality(phonetic_codes) = 0",
				Long.class)).isZero();
	}

	@Test
	void theApplicationFindsAGeneratedClientByAMisspeltName() {
		Map<String, Object> client = db.queryForMap("""
				select c.id, c.family_name from client c
				where c.municipality_id = '05315' and c.created_by = 'cm.koeln' and length(c.family_name) >= 6
				order by c.id limit 1""");
		String family = (String) client.get("family_name");
		// a doubled letter, as typed in a hurry: the Cologne code stays the same, the trigrams nearly so
		String typo = family.substring(0, 3) + family.charAt(2) + family.substring(3);
		var found = ApiClient.as(port, "cm.koeln").get("/api/v1/clients?q=" + URLEncoder.encode(typo, StandardCharsets.UTF_8));
		assertThat(found.status()).isEqualTo(200);
		List<String> ids = found.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
		assertThat(ids).contains(((UUID) client.get("id")).toString());
	}

	@Test
	void theMinistrySeesStatewideStatistics() {
		var answer = ApiClient.as(port, "land").get("/api/v1/statistics/cases?groupBy=STATE");
		assertThat(answer.status()).isEqualTo(200);
		var state = answer.json().get("rows").get(0);
		assertThat(state.get("openCases").asLong()).isGreaterThan(50);
	}

	@Test
	void fillsOnlyAnEmptyDatabase() {
		assertThatThrownBy(() -> generator.generate(10, 1, LocalDate.now())).hasMessageContaining("schon Klient*innen");
		assertThat(count("client")).isEqualTo(CLIENTS);
	}

	private List<String> indexes() {
		return db.queryForList("select tablename || '.' || indexname || ':' || indexdef from pg_indexes"
				+ " where schemaname = current_schema() order by tablename, indexname", String.class);
	}

	private List<String> figures() {
		return db.queryForList("select concat_ws('|', municipality_id, year, scope, measure, month, value) from reporting_figure"
				+ " order by municipality_id, year, scope, measure, month", String.class);
	}

	private long count(String table) {
		return db.queryForObject("select count(*) from " + table, Long.class);
	}
}
