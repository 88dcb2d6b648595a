package de.nrw.kim.residence.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
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
 * Writes a reminder when a status comes within a lead time of its expiry ({@code kim.residence.reminder-days},
 * default 90, 30 and 7 days), once per status, expiry date and lead time; only the shortest lead time reached
 * is written, so a status recorded 5 days before expiry gets one reminder, not three. Runs in the cluster on
 * one instance at a time through ShedLock on the {@code shedlock} table (ADR 0504); each municipality in
 * its own tenant and transaction.
 */
@Component
public class ExpiryReminders {

	static final String LOCK = "residence-expiry-reminders";
	private static final Logger log = LoggerFactory.getLogger(ExpiryReminders.class);

	private final ResidenceStatuses statuses;
	private final Notifications notifications;
	private final Municipalities municipalities;
	private final TransactionTemplate transactions;
	private final LockingTaskExecutor locks;
	private final List<Integer> leadDays;
	private final Clock clock;

	ExpiryReminders(ResidenceStatuses statuses, Notifications notifications, Municipalities municipalities,
			TransactionTemplate transactions, DataSource dataSource, Clock clock,
			@Value("${kim.residence.reminder-days:90,30,7}") List<Integer> leadDays) {
		this.statuses = statuses;
		this.notifications = notifications;
		this.municipalities = municipalities;
		this.transactions = transactions;
		this.clock = clock;
		this.leadDays = leadDays.stream().sorted().toList();
		this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
				.builder().withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime().build()));
	}

	@Scheduled(cron = "${kim.residence.reminder-cron:0 5 * * * *}")
	void scheduled() {
		locks.executeWithLock((Runnable) () -> remind(OfficeTime.today(clock)),
				new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(30), Duration.ofMinutes(1)));
	}

	/** @return how many reminders were written */
	public int remind(LocalDate today) {
		int written = 0;
		for (var municipality : municipalities.all()) {
			MunicipalityKey key = MunicipalityKey.of(municipality.key());
			written += TenantContext.callAs(key, () -> transactions.execute(tx -> remind(key, today)));
		}
		if (written > 0) {
			log.info("{} Erinnerungen an ablaufende Aufenthaltstitel geschrieben", written);
		}
		return written;
	}

	private int remind(MunicipalityKey key, LocalDate today) {
		int longest = leadDays.get(leadDays.size() - 1);
		int written = 0;
		for (ResidenceStatus s : statuses.expiringLatest(key, today.plusDays(longest))) {
			long daysLeft = ChronoUnit.DAYS.between(today, s.validUntil());
			Optional<Integer> lead = leadDays.stream().filter(l -> daysLeft >= 0 && daysLeft <= l).findFirst();
			if (lead.isPresent() && notifications.insertOnce(key, s, lead.get(), clock.instant())) {
				written++;
			}
		}
		return written;
	}

	List<Integer> leadDays() {
		return leadDays;
	}
}
