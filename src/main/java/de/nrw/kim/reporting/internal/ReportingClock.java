package de.nrw.kim.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" in North Rhine-Westphalia, as casework dates its cases — whatever zone the server runs in. */
final class ReportingClock {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private ReportingClock() {
	}

	static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}
}
