package de.nrw.kim.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import de.nrw.kim.scaleout.TenantQueryScanner.Source;
import de.nrw.kim.scaleout.TenantQueryScanner.Violation;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing in the schema or the code may stop the move to Citus (ARCHITECTURE.md "Scale", ADR 0005,
 * docs/betrieb/skalierung.md): every tenant table carries {@code municipality_id} in its primary key
 * and in every unique index, and every query of a tenant table in the code names the municipality.
 * A tenant table is one with a {@code municipality_id} column or a row-level-security policy on the
 * municipality. Exceptions are listed here, each with its reason.
 */
@KimIntegrationTest
class ScaleOutReadinessIT {

	/** Tables that stay outside the distribution (Citus reference or local tables), with the reason. */
	private static final Map<String, String> NOT_DISTRIBUTED = Map.of(
			"app_user", "state-level users have no municipality and log in by a globally unique name; "
					+ "small table, becomes a reference table (ADR 0005)",
			"organisation", "offices and welfare organisations: a few hundred rows without personal data, target of "
					+ "app_user.organisation_id (global UNIQUE (id)); reference table (ADR 0005)",
			"survey", "the ministry's questionnaire, one row for all municipalities (its RLS policy only lets the "
					+ "recipients read it); reference table, the answers in survey_response are distributed (ADR 0612)");

	/** Policies with a subquery, which Citus refuses on its tables: to change before the move, with the plan. */
	private static final Map<String, String> POLICIES_WITH_SUBQUERY = Map.of(
			"survey.survey_read", "a municipality reads a sent survey only when survey_recipient names it; before the "
					+ "move to Citus: 'sent_at IS NOT NULL AND kim_current_municipality() IS NOT NULL', the recipient "
					+ "check stays in the application (docs/betrieb/skalierung.md)");

	/** Queries of tenant tables that do not name one municipality, with the reason. */
	private static final List<Allowance> CROSS_TENANT_QUERIES = List.of(
			new Allowance("generator/internal/StatewideGenerator.java", "exists (select 1 from client)",
					"the bulk loader refuses a database that already holds clients; it runs once, as owner, before "
							+ "any tenant works (ADR 0801)"),
			new Allowance("cooperation/internal/TransferStore.java", "where to_municipality = :m",
					"the receiving municipality's inbox of transfers: rows belong to the sender, so this reads "
							+ "across shards by design (a handful of rows, own RLS policy, ADR 0408)"),
			new Allowance("reporting/internal/Figures.java", "from reporting_figure where year = :y and scope = :s",
					"state-level report over pre-aggregated figures of all municipalities (ADR 0601); RLS narrows "
							+ "it to the own municipality for everyone else"),
			new Allowance("reporting/internal/Figures.java", "select 1 from reporting_refresh where refreshed_at is not null",
					"refresh state of the aggregated figures across the state (ADR 0601)"),
			new Allowance("reporting/internal/Figures.java", "from reporting_refresh where year = :y",
					"freshness of the state-level aggregates of a year (ADR 0601)"),
			new Allowance("reporting/internal/Figures.java", "from reporting_refresh group by year",
					"freshness of every year's state-level aggregates: the suppression across years (ADR 0606)"),
			new Allowance("survey/internal/SurveyService.java", "from survey_response where survey_id = :id",
					"the ministry reads all municipalities' answers to its survey (ADR 0612)"),
			new Allowance("survey/internal/SurveyService.java", "from survey_recipient where survey_id = :id",
					"the ministry's list of municipalities a survey went to (ADR 0612)"),
			new Allowance("funding/grant/Applications.java", "from funding_application_position l join funding_application a",
					"condition built by the caller: a.municipality_id = :m for a municipality, none for the grant "
							+ "authority's state-level view (ADR 0301)"),
			new Allowance("funding/grant/Applications.java", "from funding_pass_through l join funding_application a",
					"condition built by the caller, as above (ADR 0301)"),
			new Allowance("funding/grant/Applications.java", "select a.* from funding_application a where",
					"condition built by the caller, as above (ADR 0301)"),
			new Allowance("funding/grant/Notices.java", "select * from funding_notice where id = :id",
					"the grant authority pays a notice of any municipality by its id; RLS limits municipalities "
							+ "to their own (ADR 0301)"),
			new Allowance("funding/grant/Notices.java", "select * from funding_notice where ? order by",
					"condition built by the caller: municipality_id = :m for a municipality, all for the state (ADR 0301)"),
			new Allowance("funding/grant/Notices.java", "sum(approved_amount), 0) from funding_notice where year = :y",
					"state budget: sum of all notices of a year (ADR 0301)"),
			new Allowance("funding/position/Positions.java", "from funding_position_terms t join funding_position p",
					"condition built by the caller: p.municipality_id in (:ms) or all visible at state level (ADR 0301)"),
			new Allowance("funding/position/Positions.java", "from funding_position_staffing s join funding_position p",
					"condition built by the caller, as above (ADR 0301)"),
			new Allowance("funding/position/Positions.java", "select p.* from funding_position p where",
					"condition built by the caller, as above (ADR 0301)"),
			new Allowance("funding/demo/FundingDemoData.java", "select exists (select 1 from funding_position)",
					"demo data: once per installation, are there any positions at all"));

	record Allowance(String file, String sqlContains, String reason) {

		boolean covers(Violation violation) {
			return violation.path().endsWith(file) && violation.sql().contains(sqlContains);
		}
	}

	@Autowired
	DataSource dataSource;

	@Test
	void everyTenantTableHasTheMunicipalityInItsPrimaryKeyAndEveryUniqueIndex() {
		List<String> problems = new ArrayList<>();
		for (String table : tenantTables()) {
			if (NOT_DISTRIBUTED.containsKey(table)) {
				continue;
			}
			List<UniqueIndex> indexes = uniqueIndexes(table);
			if (indexes.stream().noneMatch(UniqueIndex::primary)) {
				problems.add(table + ": kein Primärschlüssel");
			}
			indexes.stream().filter(index -> !index.withMunicipality())
					.forEach(index -> problems.add(table + ": " + (index.primary() ? "Primärschlüssel " : "eindeutiger Index ")
							+ index.name() + " ohne municipality_id"));
		}
		assertThat(problems).as("Mandantentabellen, die Citus nicht nach municipality_id verteilen könnte").isEmpty();
	}

	@Test
	void theExceptionListNamesOnlyExistingTenantTables() {
		assertThat(tenantTables()).containsAll(NOT_DISTRIBUTED.keySet());
	}

	/** Citus refuses a foreign key from a reference or local table to a distributed one. */
	@Test
	void noTableOutsideTheDistributionReferencesADistributedTable() {
		Set<String> distributed = new TreeSet<>(tenantTables());
		distributed.removeAll(NOT_DISTRIBUTED.keySet());
		List<String> problems = jdbc().sql("""
				select conrelid::regclass::text as from_table, confrelid::regclass::text as to_table, conname
				from pg_constraint where contype = 'f' and connamespace = current_schema()::regnamespace""")
				.query((rs, n) -> distributed.contains(rs.getString("to_table")) && !distributed.contains(rs.getString("from_table"))
						? rs.getString("conname") + ": " + rs.getString("from_table") + " → " + rs.getString("to_table") : null)
				.list().stream().filter(java.util.Objects::nonNull).toList();
		assertThat(problems).as("Fremdschlüssel, die eine Verteilung nach municipality_id verhindern").isEmpty();
	}

	/** Citus propagates policies to the shards but refuses policies with a subquery (use a function instead). */
	@Test
	void noPolicyOfATenantTableHasASubquery() {
		List<String> withSubquery = jdbc().sql("""
				select tablename || '.' || policyname from pg_policies
				where schemaname = current_schema() and concat(qual, ' ', with_check) ~* '\\mselect\\M'
				order by 1""").query(String.class).list().stream()
				.filter(policy -> tenantTables().contains(policy.substring(0, policy.indexOf('.')))).toList();
		assertThat(withSubquery).as("RLS-Richtlinien mit Unterabfrage (Citus: not supported)")
				.containsExactlyInAnyOrderElementsOf(POLICIES_WITH_SUBQUERY.keySet());
	}

	@Test
	void everyQueryOfATenantTableInTheCodeNamesTheMunicipality() {
		Set<String> tenantTables = new TreeSet<>(tenantTables());
		tenantTables.removeAll(NOT_DISTRIBUTED.keySet());
		List<Violation> found = new TenantQueryScanner(tenantTables).scan(mainSources());

		List<Violation> unexplained = found.stream()
				.filter(violation -> CROSS_TENANT_QUERIES.stream().noneMatch(allowance -> allowance.covers(violation)))
				.toList();
		assertThat(unexplained).as("SQL auf Mandantentabellen ohne Bedingung auf municipality_id").isEmpty();

		List<Allowance> stale = CROSS_TENANT_QUERIES.stream()
				.filter(allowance -> found.stream().noneMatch(allowance::covers)).toList();
		assertThat(stale).as("Ausnahmen, deren Abfrage es nicht mehr gibt (aus der Liste streichen)").isEmpty();
	}

	@Test
	void theScannerSeesTheRealQueries() {
		TenantQueryScanner scanner = new TenantQueryScanner(new TreeSet<>(tenantTables()));
		long ofTenantTables = TenantQueryScanner.statements(mainSources()).stream()
				.filter(statement -> !scanner.tenantTablesIn(statement.sql()).isEmpty()).count();
		assertThat(ofTenantTables).as("SQL-Anweisungen auf Mandantentabellen, die der Scanner im Code findet")
				.isGreaterThan(120);
	}

	private List<String> tenantTables() {
		return jdbc().sql("""
				select c.relname
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p')
				  and (exists (select 1 from pg_attribute a
				               where a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped)
				       or (c.relrowsecurity and exists (select 1 from pg_policies p
				               where p.schemaname = n.nspname and p.tablename = c.relname
				                 and concat(p.qual, p.with_check) like '%municipality%')))
				order by c.relname""").query(String.class).list();
	}

	record UniqueIndex(String name, boolean primary, boolean withMunicipality) {
	}

	private List<UniqueIndex> uniqueIndexes(String table) {
		return jdbc().sql("""
				select i.indexrelid::regclass::text as name, i.indisprimary as is_primary,
				       exists (select 1 from pg_attribute a
				               where a.attrelid = i.indrelid and a.attname = 'municipality_id'
				                 and a.attnum = any (i.indkey::int2[])) as with_municipality
				from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relname = :table and i.indisunique""")
				.param("table", table)
				.query((rs, n) -> new UniqueIndex(rs.getString("name"), rs.getBoolean("is_primary"), rs.getBoolean("with_municipality")))
				.list();
	}

	private JdbcClient jdbc() {
		return JdbcClient.create(dataSource);
	}

	static List<Source> mainSources() {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter(file -> file.toString().endsWith(".java")).sorted().map(file -> {
				try {
					return new Source(file.toString().replace('\\', '/'), Files.readString(file));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
