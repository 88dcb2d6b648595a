package de.nrw.kim.scaleout;

import java.util.List;
import java.util.Set;

import de.nrw.kim.scaleout.TenantQueryScanner.Source;
import de.nrw.kim.scaleout.TenantQueryScanner.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantQueryScannerTest {

	private final TenantQueryScanner scanner = new TenantQueryScanner(Set.of("client", "case_file", "case_contact"));

	private List<Violation> scan(String body) {
		return scanner.scan(List.of(new Source("src/main/java/x/Store.java", "class Store {\n" + body + "\n}")));
	}

	@Test
	void aQueryWithoutTheMunicipalityIsReportedWithItsLine() {
		List<Violation> violations = scan("""
				Client find(UUID id) {
					return jdbc.sql("select * from client where id = :id").param("id", id).query(this::map).single();
				}""");
		assertThat(violations).singleElement().satisfies(violation -> {
			assertThat(violation.line()).isEqualTo(3);
			assertThat(violation.tables()).containsExactly("client");
			assertThat(violation.sql()).isEqualTo("select * from client where id = :id");
		});
	}

	@Test
	void updatesDeletesAndJoinsAreCheckedInTextBlocks() {
		List<Violation> violations = scan("""
				void close(UUID id) {
					jdbc.sql(\"""
							update case_file
							   set phase = 'CLOSED'
							 where id = :id\""").update();
					jdbc.sql("delete from case_contact where case_id = :id").update();
					jdbc.sql(\"""
							select f.* from organisation o
							join case_file f on f.organisation_id = o.id
							where o.municipality_id = f.municipality_id\""").list();
				}""");
		assertThat(violations).extracting(Violation::tables)
				.containsExactly(Set.of("case_file"), Set.of("case_contact"), Set.of("case_file"));
	}

	@Test
	void aFilteredQueryPassesAlsoWhenItsPartsAreConstantsAndVariables() {
		List<Violation> violations = scan("""
				private static final String SELECT = \"""
						select c.*, k.note from case_file c
						join case_contact k on k.municipality_id = c.municipality_id and k.case_id = c.id\""";
				List<Case> mine(MunicipalityKey m) {
					String where = " where c.municipality_id = :m and c.case_manager = :user";
					long total = jdbc.sql("select count(*) from case_file c" + where).query(Long.class).single();
					return jdbc.sql(SELECT + where + " order by c.opened_on").list();
				}
				void delete(UUID id) {
					jdbc.sql("delete from client where municipality_id = :m and id = :id").update();
					jdbc.sql("update client set x = 1 where id = :id and :m = municipality_id").update();
				}""");
		assertThat(violations).isEmpty();
	}

	@Test
	void aConstantWithoutTheFilterFailsWhereItIsUsed() {
		List<Violation> violations = scan("""
				private static final String SELECT = "select * from client c";
				List<Client> all() {
					return jdbc.sql(SELECT + " order by c.family_name").list();
				}""");
		assertThat(violations).singleElement().satisfies(violation -> {
			assertThat(violation.line()).isEqualTo(4);
			assertThat(violation.sql()).isEqualTo("select * from client c order by c.family_name");
		});
	}

	@Test
	void joiningOnTheMunicipalityIsNoFilterAndAMentionInTheSelectListIsNoneEither() {
		assertThat(scan("""
				void x() {
					jdbc.sql("select * from case_file f join client c on c.municipality_id = f.municipality_id").list();
					jdbc.sql("select municipality_id, count(*) from client group by municipality_id").list();
				}""")).hasSize(2);
	}

	@Test
	void commentsTablesOfTheStateAndNonSqlTextAreIgnored() {
		assertThat(scan("""
				// select * from client
				/* delete from client */
				void x() {
					jdbc.sql("select * from municipality order by key").list();
					jdbc.sql("select 1 from funding_rate join region on true").list();
					log.info("imported from client list");
					jdbc.sql("insert into client (municipality_id, id) values (:m, :id)").update();
				}""")).isEmpty();
	}

	@Test
	void aConditionFromAMethodOfTheSameClassCounts() {
		assertThat(scan("""
				List<Client> search() {
					String sql = \"""
							select * from client c where %s\""".formatted(where());
					return jdbc.sql(sql).list();
				}
				private static String where() {
					return "c.municipality_id = :m and c.organisation_id = :org";
				}""")).isEmpty();
	}
}
