/**
 * Auswertung (reporting): aggregated statistics of case management by municipality, region and state
 * (§ 20 TIntG), kept in pre-aggregated tables that a cluster-safe job refreshes when the casework
 * events mark a municipality-year as changed; small-number suppression with secondary suppression for
 * everyone outside the municipality; dashboards with table views and CSV/XLSX downloads.
 * <p>
 * Reporting listens and reads through public APIs only ({@code CaseStatistics}, {@code ClientStatistics},
 * {@code ReferralFigures}, {@code ResidenceFigures}); only the bulk loader ({@code generator}) depends on reporting.
 * Public API: {@link de.nrw.kim.reporting.StatisticsBackfill} and its HTTP endpoints (ADR 0601–0606, 0801).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Auswertung",
		allowedDependencies = { "platform", "casework", "client", "cooperation", "partner", "residence" })
package de.nrw.kim.reporting;
