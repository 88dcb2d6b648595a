package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The facade other modules use (e.g. referrals, conferences and transfers in {@code network}).
 * Every method answers only with cases the current user may see (need-to-know); anything else is
 * "not there". The caller records its own access in the audit trail.
 */
public interface CaseWork {

	Optional<CaseSummary> find(CaseId caseId);

	/**
	 * The case, if the caller may see it and it is still open.
	 *
	 * @throws de.nrw.kim.platform.NotFoundException when the caller may not see it
	 * @throws de.nrw.kim.platform.ConflictException of type {@code …/case-closed} when it is closed
	 */
	CaseSummary requireOpen(CaseId caseId);

	/** The cases of a client the caller may see, newest first. */
	List<CaseSummary> casesOf(UUID clientId);

	/**
	 * Schedules a follow-up (Wiedervorlage) on an open case the caller may see, e.g. the handover
	 * after a change of the responsible benefit office (residence). Audited like one made on the case.
	 *
	 * @return the id of the follow-up
	 * @throws de.nrw.kim.platform.NotFoundException when the caller may not see the case
	 */
	UUID scheduleFollowUp(CaseId caseId, LocalDate dueOn, String title);
}
