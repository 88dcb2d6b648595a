package de.nrw.kim.casework.internal;

import java.time.LocalDate;

/** Bounds that catch typing errors in dates (a year 0202 or 20266) without restricting real work. */
final class Plausible {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
	static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	private Plausible() {
	}
}
