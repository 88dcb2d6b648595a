package de.nrw.kim.reporting;

/**
 * Recomputes the pre-aggregated figures of every municipality for a range of years, e.g. after a bulk
 * load that raised no casework events (ADR 0601, 0801).
 */
public interface StatisticsBackfill {

	void refreshAll(int fromYear, int toYear);
}
