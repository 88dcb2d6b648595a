package de.nrw.kim.casework;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * Aggregated case figures for reports outside casework (e.g. the factual report of the funding proof
 * of use). Unlike {@link CaseWork} it ignores need-to-know, because it answers counts of the whole
 * municipality and nothing that points to a case or a person.
 */
public interface CaseStatistics {

	/**
	 * The case figures of a municipality for a calendar year. The municipality's coordinator may ask
	 * for the own municipality (another one is "not found"), the grant authority and the ministry for
	 * any. State-level callers must call outside a transaction: the figures are read under the
	 * municipality's tenant, so Row-Level Security still limits the query to that one municipality.
	 *
	 * @throws de.nrw.kim.platform.NotFoundException for another municipality of a coordinator, or an unknown one
	 */
	CaseFigures figuresOf(MunicipalityKey municipality, int year);

	/**
	 * One {@link CaseFacts} per case of the municipality open on at least one day of the year, read as
	 * of {@code asOf} (31 December, or today in the running year). For the statistics refresh job and
	 * the pseudonymised evaluation extract: no names or free text leave casework. The caller runs it
	 * under the municipality's tenant ({@code TenantContext.callAs}, outside a transaction); a case
	 * manager may not call it (need-to-know), a coordinator only for the own municipality.
	 *
	 * @throws IllegalStateException when the current tenant is not {@code municipality}
	 */
	java.util.List<CaseFacts> factsOf(MunicipalityKey municipality, int year, java.time.LocalDate asOf);

	/**
	 * {@link #factsOf} for several years at once, each as of its date (key: year), reading what spans the years
	 * only once (the backfill of many years, ADR 0805). Same callers and tenant rule as {@link #factsOf}.
	 */
	java.util.Map<Integer, java.util.List<CaseFacts>> factsOfYears(MunicipalityKey municipality,
			java.util.SortedMap<Integer, java.time.LocalDate> asOfByYear);

	/**
	 * The open cases of the caller's own municipality today, per phase and per case manager
	 * (coordination only; counts, never a case).
	 */
	Caseload caseloadOfOwnMunicipality();
}
