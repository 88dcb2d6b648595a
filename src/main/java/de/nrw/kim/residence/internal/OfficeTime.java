package de.nrw.kim.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" as the offices in NRW count it, whatever zone the server runs in (the same as casework's). */
public final class OfficeTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private OfficeTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}
}
