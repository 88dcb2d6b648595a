package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.List;

import de.nrw.kim.casework.Deadline;
import de.nrw.kim.casework.DeadlineSource;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Paging;
import org.springframework.stereotype.Component;

/**
 * Open follow-ups on the case manager's own open cases as deadlines of kind {@code FOLLOW_UP}, so that
 * {@code GET /deadlines} (module residence) lists them beside goal due dates and residence expiries.
 * The start page ignores this kind in "Fristen": follow-ups have their own section there (ADR 0206).
 */
@Component
class FollowUpDeadlines implements DeadlineSource {

	static final String KIND = "FOLLOW_UP";
	private static final int LIMIT = 200;

	private final CaseFileService file;

	FollowUpDeadlines(CaseFileService file) {
		this.file = file;
	}

	@Override
	public List<Deadline> deadlines(CurrentUser user, LocalDate until) {
		if (!user.has(de.nrw.kim.platform.Role.CASE_MANAGER)) {
			return List.of();
		}
		return file.dueFollowUps(true, until.plusDays(1), new Paging(0, LIMIT)).items().stream()
				.map(due -> new Deadline(KIND, due.followUp().dueOn(), due.followUp().title(), due.clientId(),
						due.followUp().caseId(), "/cases/" + due.followUp().caseId() + "/follow-ups"))
				.toList();
	}
}
