package de.nrw.kim.platform;

/** The client sent an outdated version of an object someone else has changed meanwhile (409). */
public class StaleVersionException extends ConflictException {

	public StaleVersionException() {
		super(ProblemType.STALE_VERSION,
				"Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu laden und die Änderung erneut vornehmen.");
	}
}
