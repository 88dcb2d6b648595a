package de.nrw.kim.reporting;

/**
 * Recomputes the pre-aggregated figures of every municipality for a range of years, e.g. after a bulk
 * load that raised no casework events (ADR 0601, 0801).
 */
public interface StatisticsBackfill {

	void refreshAll(int fromYear, int toYear);

	/** The same with {@code parallel} municipalities at a time (the generator's empty machine, ADR 0805). */
	void refreshAll(int fromYear, int toYear, int parallel);
}
