package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.List;

import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist of the Ausländerbehörde (ADR 0503): clients of the municipality whose latest status
 * expires within the window (or has expired), with their perspective hints — residence data only.
 */
@Service
@PreAuthorize("hasRole('IMMIGRATION_OFFICER')")
public class WorklistService {

	private final ResidenceDeadlines deadlines;
	private final ResidenceService residence;
	private final PerspectiveEvaluator evaluator;
	private final ResidenceAccess access;

	WorklistService(ResidenceDeadlines deadlines, ResidenceService residence, PerspectiveEvaluator evaluator,
			ResidenceAccess access) {
		this.deadlines = deadlines;
		this.residence = residence;
		this.evaluator = evaluator;
		this.access = access;
	}

	@Transactional
	public PageResult<Row> upcoming(Integer withinDays, Paging paging) {
		if (withinDays == null || withinDays < 0 || withinDays > DeadlineService.MAX_DAYS) {
			throw new ValidationException("withinDays", "Bitte eine Anzahl Tage von 0 bis " + DeadlineService.MAX_DAYS + " angeben.");
		}
		LocalDate today = residence.today();
		List<ResidenceDeadlines.Expiring> all = deadlines.expiring(CurrentUser.require(), today.plusDays(withinDays));
		List<Rule> rules = evaluator.rules();
		List<Row> items = all.stream().skip(paging.offset()).limit(paging.size()).map(e -> {
			access.record(AuditAction.READ, ResidenceDeadlines.ENTITY, e.client().id(), e.client().id());
			access.record(AuditAction.READ, ResidenceService.HINTS, e.client().id(), e.client().id());
			return new Row(e.client(), e.status(), e.status().validUntil().isBefore(today),
					evaluator.evaluate(residence.caseOf(e.client(), today), rules));
		}).toList();
		return new PageResult<>(items, paging.page(), paging.size(), all.size());
	}

	public record Row(ClientSummary client, ResidenceStatus status, boolean overdue, List<Hint> hints) {
	}
}
