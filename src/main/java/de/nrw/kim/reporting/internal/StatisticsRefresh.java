package de.nrw.kim.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import de.nrw.kim.casework.CaseFacts;
import de.nrw.kim.casework.CaseStatistics;
import de.nrw.kim.client.ClientProfile;
import de.nrw.kim.client.ClientStatistics;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.residence.ResidenceFigures;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes pre-aggregated figures (ADR 0601). Every minute the municipality-years that casework
 * events marked; every hour the running year of every municipality (contacts and goals raise no
 * event); at the first run after start-up the last {@code kim.reporting.backfill-years} years of each municipality
 * never computed (e.g. after a bulk load). One instance at a time in a cluster (ShedLock on {@code shedlock});
 * each municipality under its own tenant, reading outside and writing inside a short transaction.
 */
@Component
public class StatisticsRefresh implements de.nrw.kim.reporting.StatisticsBackfill {

	static final String LOCK = "reporting-refresh";
	private static final Logger log = LoggerFactory.getLogger(StatisticsRefresh.class);

	private final CaseStatistics cases;
	private final de.nrw.kim.cooperation.ReferralFigures referrals;
	private final ClientStatistics clients;
	private final ResidenceFigures residence;
	private final Figures figures;
	private final Municipalities municipalities;
	private final TransactionTemplate transactions;
	private final LockingTaskExecutor locks;
	private final Clock clock;
	private final int backfillYears;
	private volatile boolean backfillChecked;

	StatisticsRefresh(CaseStatistics cases, de.nrw.kim.cooperation.ReferralFigures referrals, ClientStatistics clients, ResidenceFigures residence, Figures figures,
			Municipalities municipalities, TransactionTemplate transactions, DataSource dataSource, Clock clock,
			@Value("${kim.reporting.backfill-years:5}") int backfillYears) {
		this.cases = cases;
		this.referrals = referrals;
		this.clients = clients;
		this.residence = residence;
		this.figures = figures;
		this.municipalities = municipalities;
		this.transactions = transactions;
		this.clock = clock;
		this.backfillYears = backfillYears;
		this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
				.builder().withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime().build()));
	}

	@Scheduled(fixedDelayString = "${kim.reporting.refresh-delay:PT1M}", initialDelayString = "${kim.reporting.initial-delay:PT20S}")
	void scheduledRequested() {
		locked(() -> {
			backfillOnFirstRun();
			refreshRequested();
		});
	}

	@Scheduled(cron = "${kim.reporting.full-refresh-cron:0 17 * * * *}")
	void scheduledRunningYear() {
		locked(() -> refreshAll(ReportingClock.today(clock).getYear(), ReportingClock.today(clock).getYear()));
	}

	private void backfillOnFirstRun() {
		if (backfillChecked) {
			return;
		}
		int year = ReportingClock.today(clock).getYear();
		for (var municipality : municipalities.all()) {
			MunicipalityKey key = MunicipalityKey.of(municipality.key());
			if (TenantContext.callAs(key, () -> transactions.execute(tx -> figures.neverRefreshed()))) {
				for (int y = year - backfillYears + 1; y <= year; y++) {
					refresh(key, y, Optional.empty());
				}
			}
		}
		backfillChecked = true;
	}

	/** @return how many municipality-years were recomputed */
	public int refreshRequested() {
		int done = 0;
		for (var municipality : municipalities.all()) {
			MunicipalityKey key = MunicipalityKey.of(municipality.key());
			List<Figures.Requested> requested = TenantContext.callAs(key,
					() -> transactions.execute(tx -> figures.requested(key)));
			for (Figures.Requested r : requested) {
				refresh(key, r.year(), Optional.of(r.at()));
				done++;
			}
		}
		return done;
	}

	/** Every municipality's years, each read once for all its years (facts and client profiles, ADR 0805). */
	@Override
	public void refreshAll(int fromYear, int toYear) {
		refreshAll(fromYear, toYear, 1);
	}

	@Override
	public void refreshAll(int fromYear, int toYear, int parallel) {
		StepTimes times = new StepTimes();
		ExecutorService workers = Executors.newFixedThreadPool(parallel, r -> {
			Thread t = new Thread(r, "statistics-backfill");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<?>> all = new ArrayList<>();
			for (var municipality : municipalities.all()) {
				all.add(workers.submit(() -> refreshYears(MunicipalityKey.of(municipality.key()), fromYear, toYear, times)));
			}
			for (Future<?> each : all) {
				each.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		} finally {
			workers.shutdownNow();
		}
		log.info("Kennzahlen {}–{} neu berechnet, Dauer je Schritt (ms, summiert über {} Threads): {}", fromYear, toYear,
				parallel, times);
	}

	void refresh(MunicipalityKey key, int year, Optional<Instant> requestedAt) {
		LocalDate today = ReportingClock.today(clock);
		LocalDate asOf = asOf(year, today);
		Instant now = clock.instant();
		TenantContext.runAs(key, () -> {
			List<CaseFacts> facts = year > today.getYear() ? List.of() : cases.factsOf(key, year, asOf);
			Map<UUID, ClientProfile> profiles = facts.isEmpty() ? Map.of() : clients.profilesOf(key);
			write(key, year, asOf, today, facts, profiles, requestedAt, now, new StepTimes());
		});
	}

	private void refreshYears(MunicipalityKey key, int fromYear, int toYear, StepTimes times) {
		LocalDate today = ReportingClock.today(clock);
		SortedMap<Integer, LocalDate> asOfByYear = new TreeMap<>();
		for (int year = fromYear; year <= Math.min(toYear, today.getYear()); year++) {
			asOfByYear.put(year, asOf(year, today));
		}
		TenantContext.runAs(key, () -> {
			Map<Integer, List<CaseFacts>> facts = times.time("Fälle",
					() -> asOfByYear.isEmpty() ? Map.of() : cases.factsOfYears(key, asOfByYear));
			Map<UUID, ClientProfile> profiles = times.time("Profile",
					() -> facts.values().stream().allMatch(List::isEmpty) ? Map.of() : clients.profilesOf(key));
			for (int year = fromYear; year <= toYear; year++) {
				List<CaseFacts> ofYear = facts.getOrDefault(year, List.of());
				write(key, year, asOf(year, today), today, ofYear, ofYear.isEmpty() ? Map.of() : profiles, Optional.empty(),
						clock.instant(), times);
			}
		});
	}

	private void write(MunicipalityKey key, int year, LocalDate asOf, LocalDate today, List<CaseFacts> facts,
			Map<UUID, ClientProfile> profiles, Optional<Instant> requestedAt, Instant now, StepTimes times) {
		var computed = times.time("Berechnung", () -> FigureCalculator.figures(facts, profiles, year, asOf));
		if (year <= today.getYear()) {
			computed.putAll(times.time("Weitergaben", () -> ReferralCounts.figures(JobUser.call(() -> referrals.of(key, year)))));
			computed.putAll(times.time("Aufenthalt", () -> ResidenceCounts.figures(residence.of(key, asOf))));
		}
		times.time("Schreiben", () -> {
			transactions.executeWithoutResult(tx -> figures.replace(key, year, computed, requestedAt, now));
			return null;
		});
	}

	private static LocalDate asOf(int year, LocalDate today) {
		return year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
	}

	private void locked(Runnable work) {
		locks.executeWithLock((Runnable) () -> {
			long started = System.nanoTime();
			work.run();
			log.debug("Statistik neu berechnet in {} ms", (System.nanoTime() - started) / 1_000_000);
		}, new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(30), Duration.ofSeconds(5)));
	}
}
