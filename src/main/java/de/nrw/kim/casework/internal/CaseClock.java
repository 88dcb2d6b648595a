package de.nrw.kim.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * "Today" as the case manager in North Rhine-Westphalia understands it, whatever time zone the
 * server runs in: a contact at 00:30 local time is not "in the future" on a UTC server.
 */
@Component
public class CaseClock {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final Clock clock;

	CaseClock(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	public Instant now() {
		return clock.instant();
	}
}
