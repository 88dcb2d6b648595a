package de.nrw.kim.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Organisations;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opt-in measurement of the search at 300,000 clients, all in one organisation (the worst case: real
 * data spreads over 54 municipalities and their organisations). Run alone, it fills the shared test
 * database: {@code ./mvnw verify -Dtest=ClientSearchBenchmarkIT -Dkim.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; the timings are printed with the prefix "BENCH".
 */
@KimIntegrationTest
class ClientSearchBenchmarkIT {

	private static final String[] GIVEN = ("Anna Maria Olena Oleksandr Mohammed Ahmad Fatima Yusuf Ali Mehmet Ayse Elif "
			+ "Andrei Ioana Reza Zahra Katharina Thomas Peter Sabine Ivan Olga Natalia Dmytro Iryna Omar Layla Hassan "
			+ "Hussein Khaled Amina Mariam Emre Can Fatma Mustafa Vasile Elena Mihai Sara Maryam Hamid Navid Leila Jan Lea Paul")
			.split(" ");
	private static final String[] FAMILY = ("Müller Meier Schneider Schmidt Fischer Weber Wagner Becker Hoffmann Schäfer "
			+ "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko "
			+ "Ivanov Petrov Smirnov Popescu Ionescu Popa Yilmaz Kaya Demir Sahin Celik Al-Hassan Haddad Khalil Mansour "
			+ "Rahimi Hosseini Ahmadi Karimi Mohammadi Novak Horvat Kowalski Nowak Lewandowski").split(" ");
	private static final MunicipalityKey KOELN = MunicipalityKey.of("05315");

	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	Organisations organisations;

	@Test
	void searchAt300000Clients() {
		assumeTrue(Boolean.getBoolean("kim.bench"), "nur mit -Dkim.bench=true");
		UUID org = TenantContext.callAs(KOELN, () -> transactions.execute(status -> organisations.all().stream()
				.filter(o -> o.name().contains("Integrationszentrum")).findFirst().orElseThrow().id()));
		insert(org, 300_000);
		TenantContext.runAs(KOELN, () -> transactions.executeWithoutResult(status -> {
			jdbc.execute("select set_config('pg_trgm.word_similarity_threshold', '0.5', true)");
			jdbc.queryForList("explain analyze select count(*) from client c where c.municipality_id = '05315' and c.organisation_id = '"
					+ org + "' and ('meier' <% c.search_names or c.phonetic_codes @> '{67}'::text[])", String.class)
					.forEach(line -> System.out.println("BENCH   " + line));
		}));
		for (String q : List.of("Schneidr", "Meier", "Anna Meier", "Олександр Шевченко", "محمد الحسن", "a", "Mu",
				"Kowalsky Jan", "Qwxzvbnm", "Katharina Schneider-Bak")) {
			List<SearchKeys.QueryForm> forms = SearchKeys.query(q);
			TenantContext.runAs(KOELN, () -> transactions.executeWithoutResult(status -> {
				Clients clients = new Clients(JdbcClient.create(jdbc));
				clients.prepareSearch(ClientSearch.WORD_SIMILARITY_THRESHOLD);
				for (int round = 0; round < 3; round++) {
					long start = System.nanoTime();
					Clients.Matches page = clients.search(KOELN, org, forms, null, 20, 0);
					long searched = System.nanoTime();
					clients.search(KOELN, org, forms, "1985", 100, 0);
					long checked = System.nanoTime();
					System.out.printf("BENCH q=%s total=%d search=%dms duplicatePool=%dms best=%s%n", q, page.total(),
							(searched - start) / 1_000_000, (checked - searched) / 1_000_000, page.items().isEmpty() ? "-"
									: page.items().get(0).givenName() + " " + page.items().get(0).familyName());
				}
			}));
		}
	}

	private void insert(UUID org, int count) {
		Random random = new Random(1);
		String letters = "abcdefghiklmnoprstuvz";
		for (int batch = 0; batch < count / 1000; batch++) {
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				String given = GIVEN[random.nextInt(GIVEN.length)];
				String family = FAMILY[random.nextInt(FAMILY.length)];
				if (random.nextInt(10) > 1) {
					family += "-" + Character.toUpperCase(letters.charAt(random.nextInt(letters.length())))
							+ letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
				}
				String birth = String.valueOf(1950 + random.nextInt(60));
				rows.add(new Object[] { UUID.randomUUID(), org, given, family, birth, SearchKeys.searchNames(given, family, null),
						"{" + String.join(",", SearchKeys.phoneticCodes(given, family, null)) + "}" });
			}
			TenantContext.runAs(KOELN, () -> transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
					insert into client (municipality_id, id, organisation_id, given_name, family_name, birth_date, gender,
					    search_names, phonetic_codes, created_by)
					values ('05315', ?, ?, ?, ?, ?, 'UNSPECIFIED', ?, ?::text[], 'benchmark')""", rows)));
		}
		TenantContext.runAs(KOELN, () -> transactions.executeWithoutResult(status -> jdbc.execute("analyze client")));
	}
}
