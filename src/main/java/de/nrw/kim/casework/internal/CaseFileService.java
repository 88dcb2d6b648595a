package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contents of a case file: assessments, goals, contacts and follow-ups. Each change locks the
 * case and goes through it (so a closed case refuses it), and every read and write is audited with
 * the client concerned.
 */
@Service
@PreAuthorize(Authorities.CASE_WORK)
public class CaseFileService {

	static final String ASSESSMENT = "Assessment";
	static final String GOAL = "Goal";
	static final String CONTACT = "Contact";
	static final String FOLLOW_UP = "FollowUp";

	private final CaseAccess access;
	private final Assessments assessments;
	private final Goals goals;
	private final Contacts contacts;
	private final FollowUps followUps;
	private final ApplicationEventPublisher events;
	private final CaseClock clock;

	CaseFileService(CaseAccess access, Assessments assessments, Goals goals, Contacts contacts, FollowUps followUps,
			ApplicationEventPublisher events, CaseClock clock) {
		this.access = access;
		this.assessments = assessments;
		this.goals = goals;
		this.contacts = contacts;
		this.followUps = followUps;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ComparedAssessment assess(CaseId id, AssessmentDraft draft) {
		Case c = access.lockVisible(id);
		List<Assessment> earlier = assessments.ofCase(c.municipality(), id);
		Assessment a = c.assess(draft, clock.today(), user(), clock.now());
		assessments.insert(c.municipality(), a);
		access.record(AuditAction.CREATE, ASSESSMENT, a.id(), c);
		c.pullEvents().forEach(events::publishEvent);
		return ComparedAssessment.of(a, earlier.isEmpty() ? null : earlier.get(earlier.size() - 1));
	}

	/** Newest first, each compared with the one before. */
	@Transactional
	public List<ComparedAssessment> assessments(CaseId id) {
		Case c = access.visible(id);
		access.record(AuditAction.READ, ASSESSMENT + "List", id.value(), c);
		return ComparedAssessment.history(assessments.ofCase(c.municipality(), id));
	}

	@Transactional
	public Goal addGoal(CaseId id, GoalDraft draft) {
		Case c = access.lockVisible(id);
		Goal goal = c.addGoal(draft, user(), clock.now());
		goals.insert(c.municipality(), goal);
		access.record(AuditAction.CREATE, GOAL, goal.id(), c);
		return goal;
	}

	/** Sets a goal's status; {@code version} of the goal is optional, but checked when sent. */
	@Transactional
	public Goal changeGoalStatus(CaseId id, UUID goalId, GoalStatus status, Integer version) {
		Case c = access.lockVisible(id);
		Goal goal = goals.find(c.municipality(), id, goalId).orElseThrow(() -> new NotFoundException("Das Ziel"));
		if (version != null && version != goal.version()) {
			throw new StaleVersionException();
		}
		Goal changed = c.changeGoalStatus(goal, status, user(), clock.now());
		if (!goals.updateStatus(c.municipality(), changed)) {
			throw new StaleVersionException();
		}
		access.record(AuditAction.UPDATE, GOAL, goalId, c);
		return goals.find(c.municipality(), id, goalId).orElseThrow();
	}

	@Transactional
	public List<Goal> goals(CaseId id) {
		Case c = access.visible(id);
		access.record(AuditAction.READ, GOAL + "List", id.value(), c);
		return goals.ofCase(c.municipality(), id);
	}

	@Transactional
	public Contact recordContact(CaseId id, ContactDetails details) {
		Case c = access.lockVisible(id);
		Contact contact = c.recordContact(details, clock.today(), user(), clock.now());
		contacts.insert(c.municipality(), contact);
		access.record(AuditAction.CREATE, CONTACT, contact.id(), c);
		return contact;
	}

	@Transactional
	public PageResult<Contact> contacts(CaseId id, Paging paging) {
		Case c = access.visible(id);
		access.record(AuditAction.READ, CONTACT + "List", id.value(), c);
		return contacts.ofCase(c.municipality(), id, paging);
	}

	@Transactional
	public FollowUp scheduleFollowUp(CaseId id, FollowUpDraft draft) {
		Case c = access.lockVisible(id);
		FollowUp followUp = c.scheduleFollowUp(draft, clock.today(), user(), clock.now());
		followUps.insert(c.municipality(), followUp);
		access.record(AuditAction.CREATE, FOLLOW_UP, followUp.id(), c);
		return followUp;
	}

	@Transactional
	public List<FollowUp> followUps(CaseId id) {
		Case c = access.visible(id);
		access.record(AuditAction.READ, FOLLOW_UP + "List", id.value(), c);
		return followUps.ofCase(c.municipality(), id);
	}

	/** Marks a follow-up done; the follow-up is found only through a case the user may see. */
	@Transactional
	public FollowUp completeFollowUp(UUID followUpId) {
		CurrentUser current = CurrentUser.require();
		FollowUp followUp = followUps.find(current.requireMunicipality(), followUpId)
				.orElseThrow(() -> new NotFoundException("Die Wiedervorlage"));
		Case c;
		try {
			c = access.lockVisible(followUp.caseId());
		} catch (NotFoundException e) {
			throw new NotFoundException("Die Wiedervorlage");
		}
		FollowUp done = c.completeFollowUp(followUp, user(), clock.now());
		if (done != followUp) {
			followUps.markDone(c.municipality(), done);
			access.record(AuditAction.UPDATE, FOLLOW_UP, followUpId, c);
		}
		return done;
	}

	/** The worklist of open follow-ups on open cases, due before {@code dueBefore} if given. */
	@Transactional
	public PageResult<FollowUps.Due> dueFollowUps(boolean mine, LocalDate dueBefore, Paging paging) {
		PageResult<FollowUps.Due> page = followUps.openVisible(CurrentUser.require(), mine, dueBefore, paging);
		access.recordOverviewsOf(FOLLOW_UP + "List", page.items().stream()
				.map(d -> new AuditTrail.Accessed(d.followUp().caseId().value(), d.clientId())).distinct().toList());
		return page;
	}

	/** Open goals due up to {@code until} (overdue included) on the user's own open cases. */
	@Transactional
	public List<Goals.GoalDue> dueGoals(LocalDate until, int limit) {
		List<Goals.GoalDue> due = goals.dueOnOwnCases(CurrentUser.require(), until, limit);
		access.recordOverviewsOf(GOAL + "List", due.stream()
				.map(d -> new AuditTrail.Accessed(d.goal().caseId().value(), d.clientId())).distinct().toList());
		return due;
	}

	public LocalDate today() {
		return clock.today();
	}

	private static String user() {
		return CurrentUser.require().username();
	}
}
