package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.List;

import de.nrw.kim.casework.Deadline;
import de.nrw.kim.casework.DeadlineSource;
import de.nrw.kim.platform.CurrentUser;
import org.springframework.stereotype.Component;

/** Casework's own deadlines: due dates of open goals on the case manager's open cases. */
@Component
class GoalDeadlines implements DeadlineSource {

	static final String KIND = "GOAL_DUE";

	private final CaseFileService file;

	GoalDeadlines(CaseFileService file) {
		this.file = file;
	}

	@Override
	public List<Deadline> deadlines(CurrentUser user, LocalDate until) {
		if (!user.has(de.nrw.kim.platform.Role.CASE_MANAGER)) {
			return List.of();
		}
		return file.dueGoals(until, 50).stream()
				.map(due -> new Deadline(KIND, due.goal().dueOn(), due.goal().title(), due.clientId(), due.goal().caseId(),
						"/cases/" + due.goal().caseId() + "/plan"))
				.toList();
	}
}
