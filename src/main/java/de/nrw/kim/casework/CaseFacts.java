package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What statistics may know of one case: dates, phases, needs, counts — no name, no note, no free text.
 * Read for one municipality and one calendar year ({@link CaseStatistics#factsOf}).
 *
 * @param firstNeeds          the needs of the first assessment (empty when never assessed)
 * @param latestNeeds         the needs of the latest assessment up to the reference day
 * @param goals               goals set on the case
 * @param goalsAchieved       goals with the status achieved
 * @param goalsAchievedByMonth goals achieved in each month of the year (index 0 = January)
 * @param contacts            contacts of the whole case, {@code contactMinutes} their minutes
 * @param contactsByMonth     contacts in each month of the year; {@code minutesByMonth} their minutes
 * @param daysInPhase         days spent in each phase up to closure or the reference day
 */
public record CaseFacts(CaseId caseId, UUID clientId, String caseManager, LocalDate openedOn, LocalDate closedOn,
		ClosureReason closureReason, Phase phase, Map<LifeDomain, Need> firstNeeds, Map<LifeDomain, Need> latestNeeds,
		int goals, int goalsAchieved, List<Integer> goalsAchievedByMonth, int contacts, int contactMinutes,
		List<Integer> contactsByMonth, List<Integer> minutesByMonth, Map<Phase, Integer> daysInPhase) {

	public boolean openOn(LocalDate day) {
		return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
	}
}
