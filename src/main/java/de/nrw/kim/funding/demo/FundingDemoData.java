package de.nrw.kim.funding.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.funding.budget.BudgetService;
import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Notice;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.grant.GrantInput;
import de.nrw.kim.funding.grant.GrantService;
import de.nrw.kim.funding.history.FundingHistory;
import de.nrw.kim.funding.position.Positions;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Funding demo data on the first start of the demo profile: a positions register for every one of
 * the 54 municipalities (so the ministry's dashboard shows the whole state), a submitted application
 * of Köln, a late one of Dortmund and a decided one of Münster with a first payment, and budget figures. Runs after the demo
 * users (platform, order 0) and never in production ({@code kim.demo.enabled=false}).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "kim.demo.enabled", havingValue = "true")
class FundingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FundingDemoData.class);
	static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");
	static final MunicipalityKey DORTMUND = MunicipalityKey.of("05913");

	private final Municipalities municipalities;
	private final Positions positions;
	private final FundingHistory history;
	private final GrantService grants;
	private final BudgetService budget;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	FundingDemoData(Municipalities municipalities, Positions positions, FundingHistory history, GrantService grants,
			BudgetService budget, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.municipalities = municipalities;
		this.positions = positions;
		this.history = history;
		this.grants = grants;
		this.budget = budget;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean done = DemoActor.as("demo-daten", Role.GRANT_OFFICER, null, () -> transactions.execute(
				status -> jdbc.sql("select exists (select 1 from funding_position)").query(Boolean.class).single()));
		if (done) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		int count = 0;
		for (Municipality municipality : municipalities.all()) {
			MunicipalityKey key = MunicipalityKey.of(municipality.key());
			String actor = KOELN.equals(key) ? "koord.koeln" : MUENSTER.equals(key) ? "koord.muenster" : "demo-daten";
			List<Position> register = new DemoPositions(municipality, today, actor).generate();
			count += register.size();
			DemoActor.run(actor, Role.COORDINATOR, key, () -> transactions.executeWithoutResult(status -> {
				positions.insertAll(register);
				history.recordAll(key, "Position", register.stream().map(Position::id).toList(), "CREATED",
						Map.of("source", "Demodaten"));
			}));
		}
		applications(today);
		budgetFigures(today);
		log.info("Förder-Demodaten angelegt: {} Stellen in {} Kommunen ({} ms)", count, municipalities.all().size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private void applications(LocalDate today) {
		int next = today.getYear() + 1;
		DemoActor.run("koord.koeln", Role.COORDINATOR, KOELN, () -> {
			Application koeln = grants.create(new GrantInput.ApplicationContent(next, List.of(
					planned(Module.COORDINATION, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.COORDINATION, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.COORDINATION, PositionKind.STAFF, "0.5", 12, false),
					planned(Module.COORDINATION, PositionKind.ADMIN_ASSISTANCE, "0.5", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "0.75", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "1.0", 6, true),
					planned(Module.IMMIGRATION_OFFICE, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.IMMIGRATION_OFFICE, PositionKind.STAFF, "0.5", 12, false)),
					Money.of("12000.00"), List.of(new Application.PassThrough("Caritasverband für die Stadt Köln e. V.",
							EmployerKind.WELFARE_ORG, Money.of("57000.00")))));
			grants.submit(koeln.id());
		});
		lateApplication(today);
		UUIDHolder decided = new UUIDHolder();
		DemoActor.run("koord.muenster", Role.COORDINATOR, MUENSTER, () -> {
			Application muenster = grants.create(new GrantInput.ApplicationContent(today.getYear(), List.of(
					planned(Module.COORDINATION, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.COORDINATION, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.COORDINATION, PositionKind.ADMIN_ASSISTANCE, "0.5", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.IMMIGRATION_OFFICE, PositionKind.STAFF, "1.0", 12, false)),
					Money.of("5000.00"), List.of(
							new Application.PassThrough("DRK Münster", EmployerKind.WELFARE_ORG, Money.of("57000.00")),
							new Application.PassThrough("GGUA Flüchtlingshilfe e. V.", EmployerKind.WELFARE_ORG, Money.of("57000.00")))));
			decided.id = grants.submit(muenster.id()).id();
		});
		DemoActor.run("bewilligung", Role.GRANT_OFFICER, null, () -> {
			Notice notice = grants.decide(decided.id, new GrantInput.Decision(Notice.Decision.APPROVED, null, Map.of(), null, null));
			grants.pay(notice.id(), LocalDate.of(today.getYear(), 3, 1), Money.rounded(notice.approvedAmount().amount()
					.divide(BigDecimal.valueOf(2), 2, Money.ROUNDING)));
		});
	}

	/**
	 * Dortmund's application for the running year, submitted today and waiting for a decision: its
	 * deadline was 31 October of last year, so it is late on whatever day the demo starts.
	 */
	private void lateApplication(LocalDate today) {
		DemoActor.run("demo-daten", Role.COORDINATOR, DORTMUND, () -> {
			Application dortmund = grants.create(new GrantInput.ApplicationContent(today.getYear(), List.of(
					planned(Module.COORDINATION, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.COORDINATION, PositionKind.ADMIN_ASSISTANCE, "0.5", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.CASE_MANAGEMENT, PositionKind.STAFF, "1.0", 12, false),
					planned(Module.IMMIGRATION_OFFICE, PositionKind.STAFF, "1.0", 12, false)),
					Money.of("3000.00"), List.of(new Application.PassThrough("AWO Unterbezirk Dortmund",
							EmployerKind.WELFARE_ORG, Money.of("57000.00")))));
			grants.submit(dortmund.id());
		});
	}

	private void budgetFigures(LocalDate today) {
		Map<Integer, String[]> demo = new LinkedHashMap<>();
		demo.put(2023, new String[] { "2.8", "4.9", null });
		demo.put(2024, new String[] { "5.5", "1.6", null });
		demo.put(2025, new String[] { "5.8", "2.0", "75000000.00" });
		demo.put(today.getYear(), new String[] { "3.0", "2.1", "75000000.00" });
		DemoActor.run("land", Role.MINISTRY_ANALYST, null, () -> demo.forEach((year, v) -> {
			if (year > 2022 && year <= today.getYear()) {
				budget.set(year, new BigDecimal(v[0]), new BigDecimal(v[1]), v[2] == null ? null : Money.of(v[2]),
						"Demowert (nicht amtlich)", budget.of(year).version());
			}
		}));
	}

	private static Application.PlannedPosition planned(Module module, PositionKind kind, String fte, int months,
			boolean newPosition) {
		return new Application.PlannedPosition(module, kind, Fte.of(fte), months, newPosition);
	}

	private static final class UUIDHolder {
		java.util.UUID id;
	}
}
