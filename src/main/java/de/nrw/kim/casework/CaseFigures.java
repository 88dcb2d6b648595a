package de.nrw.kim.casework;

import java.util.Map;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * How many cases a municipality had in a calendar year — counts only, never a person. Open and new
 * are counted by the dates of the case, so a past year does not change when cases are worked on today.
 *
 * @param newCases       opened in the year
 * @param activeCases    open on at least one day of the year (opened by 31 December, not closed before 1 January)
 * @param openAtYearEnd  still open at the end of 31 December (in the running year: open today)
 * @param closedCases    closed in the year
 * @param closedByReason the closed cases per closure reason (every reason present, 0 when none)
 */
public record CaseFigures(MunicipalityKey municipality, int year, long newCases, long activeCases, long openAtYearEnd,
		long closedCases, Map<ClosureReason, Long> closedByReason) {
}
