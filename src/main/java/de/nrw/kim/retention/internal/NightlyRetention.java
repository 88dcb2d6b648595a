package de.nrw.kim.retention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.MunicipalityKey;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly retention run with {@code asOf} = today for every municipality, once in a cluster
 * (ShedLock). A failure in one municipality is logged (without personal data) and the others go on.
 */
@Component
class NightlyRetention {

	static final String LOCK = "retention-run";
	private static final Logger log = LoggerFactory.getLogger(NightlyRetention.class);

	private final RetentionService retention;
	private final Municipalities municipalities;
	private final LockingTaskExecutor locks;
	private final Clock clock;

	NightlyRetention(RetentionService retention, Municipalities municipalities, DataSource dataSource, Clock clock) {
		this.retention = retention;
		this.municipalities = municipalities;
		this.clock = clock;
		this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
				.builder().withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime().build()));
	}

	@Scheduled(cron = "${kim.retention.cron:0 30 2 * * *}")
	void nightly() {
		locks.executeWithLock((Runnable) this::runAll,
				new LockConfiguration(clock.instant(), LOCK, Duration.ofHours(2), Duration.ofMinutes(5)));
	}

	void runAll() {
		LocalDate today = LocalDate.now(clock);
		for (var municipality : municipalities.all()) {
			try {
				var run = retention.runFor(MunicipalityKey.of(municipality.key()), today, false, RetentionService.SYSTEM);
				if (run.deletedClients() > 0) {
					log.info("Löschlauf {} für Kommune {}: {} Personen gelöscht, {} Fälle anonymisiert", run.id(),
							municipality.key(), run.deletedClients(), run.anonymisedCases());
				}
			} catch (RuntimeException e) {
				log.error("Löschlauf für Kommune {} fehlgeschlagen", municipality.key(), e);
			}
		}
	}
}
