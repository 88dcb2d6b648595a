package de.nrw.kim.casework.internal;

import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one door to a case for the casework services: a case the current user may not see is "not
 * found" exactly like a missing one, and every access is recorded in the audit trail.
 */
@Component
public class CaseAccess {

	/** Entity types in the audit trail; a list read names the case as entity. */
	public static final String CASE = "Case";
	public static final String PURPOSE = "Fallbearbeitung";
	public static final String PURPOSE_OVERVIEW = "Fallübersicht";

	private final ClientDirectory clients;

	private final Cases cases;
	private final AuditTrail audit;

	CaseAccess(Cases cases, AuditTrail audit, ClientDirectory clients) {
		this.clients = clients;
		this.cases = cases;
		this.audit = audit;
	}

	/** The case if the user may see it; otherwise 404. */
	public Case visible(CaseId id) {
		CurrentUser user = CurrentUser.require();
		return cases.find(user.requireMunicipality(), id).filter(c -> c.isVisibleTo(user) && shown(c))
				.orElseThrow(CaseAccess::notFound);
	}

	/** Like {@link #visible}, and locks the case until the transaction ends (for every change to its file). */
	public Case lockVisible(CaseId id) {
		CurrentUser user = CurrentUser.require();
		return cases.lock(user.requireMunicipality(), id).filter(c -> c.isVisibleTo(user) && shown(c))
				.orElseThrow(CaseAccess::notFound);
	}

	/** An anonymised case, or one of a restricted person (Art. 18 GDPR), is not shown to anyone. */
	public boolean shown(Case c) {
		return c.clientId() != null && !clients.isRestricted(c.clientId());
	}

	public void record(AuditAction action, String entityType, UUID entityId, Case c) {
		audit.record(action, entityType, entityId, c.clientId(), PURPOSE);
	}

	public void recordOverview(Case c) {
		audit.record(AuditAction.READ, CASE, c.id().value(), c.clientId(), PURPOSE_OVERVIEW);
	}

	/** A list of cases: one overview entry per case, written at once. */
	public void recordOverviews(List<Case> shown) {
		audit.recordAll(AuditAction.READ, CASE,
				shown.stream().map(c -> new AuditTrail.Accessed(c.id().value(), c.clientId())).toList(), PURPOSE_OVERVIEW);
	}

	/** Like {@link #recordOverviewOf} for every (case, client) a list shows, written at once. */
	public void recordOverviewsOf(String entityType, List<AuditTrail.Accessed> cases) {
		audit.recordAll(AuditAction.READ, entityType, cases, PURPOSE_OVERVIEW);
	}

	/** A list that shows parts of a case (e.g. a worklist of follow-ups), recorded once per case. */
	public void recordOverviewOf(String entityType, UUID caseId, UUID clientId) {
		audit.record(AuditAction.READ, entityType, caseId, clientId, PURPOSE_OVERVIEW);
	}

	public static NotFoundException notFound() {
		return new NotFoundException("Der Fall");
	}
}
