package de.nrw.kim.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseAssessed;
import de.nrw.kim.casework.CaseClosed;
import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseOpened;
import de.nrw.kim.casework.CasePhaseChanged;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StaleVersionException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A case (Fall): one case-management process for a client, the aggregate root of the case file.
 * <p>
 * Its state changes only through the named methods below, each of which checks the current state
 * and raises an event. Everything added to the case file (assessments, goals, contacts, follow-ups,
 * documents) is created here too, so the rule "a closed case is frozen" is kept in one place; the
 * children are stored as their own rows because a case file grows for years.
 */
public class Case {

	private final CaseId id;
	private final MunicipalityKey municipality;
	private final UUID clientId;
	private final UUID organisationId;
	private final String caseManager;
	private final String caseManagerName;
	private final LocalDate openedOn;
	private Phase phase;
	private boolean teamShared;
	private LocalDate closedOn;
	private ClosureReason closureReason;
	private String closureNote;
	private int version;
	private UUID transferredFrom;
	private MunicipalityKey transferredTo;
	private final List<Object> events = new ArrayList<>();

	Case(CaseId id, MunicipalityKey municipality, UUID clientId, UUID organisationId, String caseManager,
			String caseManagerName, LocalDate openedOn, Phase phase, boolean teamShared, LocalDate closedOn,
			ClosureReason closureReason, String closureNote, int version) {
		this.id = id;
		this.municipality = municipality;
		this.clientId = clientId;
		this.organisationId = organisationId;
		this.caseManager = caseManager;
		this.caseManagerName = caseManagerName;
		this.openedOn = openedOn;
		this.phase = phase;
		this.teamShared = teamShared;
		this.closedOn = closedOn;
		this.closureReason = closureReason;
		this.closureNote = closureNote;
		this.version = version;
	}

	/** Opens a case in phase INTAKE; the opening case manager is responsible, the case belongs to their organisation. */
	public static Case open(UUID clientId, CurrentUser caseManager, LocalDate today) {
		if (caseManager.organisationId() == null) {
			throw new AccessDeniedException("Keine Organisation zugeordnet");
		}
		Case opened = new Case(CaseId.random(), caseManager.requireMunicipality(), clientId,
				caseManager.organisationId(), caseManager.username(), caseManager.displayName(), today, Phase.INTAKE,
				false, null, null, null, 0);
		opened.events.add(new CaseOpened(opened.id, clientId, opened.municipality, opened.organisationId,
				opened.caseManager, today));
		return opened;
	}

	/** Moves one step forward, or back to any earlier open phase. */
	public void advanceTo(Phase target, LocalDate today) {
		ensureOpen();
		if (!phase.canMoveTo(target)) {
			throw new InvalidTransitionException(phase, target == null ? null : target.name());
		}
		Phase from = phase;
		phase = target;
		events.add(new CasePhaseChanged(id, clientId, municipality, from, target, today));
	}

	/** Shares the case with the case managers of the same organisation, or stops sharing it. Only the case manager may. */
	public void shareWithTeam(boolean shared, CurrentUser by) {
		ensureOpen();
		if (!isCaseManager(by)) {
			throw new AccessDeniedException("Nur die fallführende Person kann die Freigabe ändern");
		}
		teamShared = shared;
	}

	public void close(ManualClosure closure, LocalDate today) {
		ensureOpen();
		Phase last = phase;
		phase = Phase.CLOSED;
		closedOn = today;
		closureReason = closure.reason();
		closureNote = closure.note();
		events.add(new CaseClosed(id, clientId, municipality, last, closureReason, today));
	}

	public Assessment assess(AssessmentDraft draft, LocalDate today, String by, Instant at) {
		ensureOpen();
		Map<LifeDomain, Need> needs = new EnumMap<>(LifeDomain.class);
		draft.domains().forEach(d -> needs.put(d.domain(), d.need()));
		events.add(new CaseAssessed(id, clientId, municipality, Map.copyOf(needs), today));
		return new Assessment(UUID.randomUUID(), id, today, at, by, draft.domains());
	}

	public Goal addGoal(GoalDraft draft, String by, Instant at) {
		ensureOpen();
		if (draft.dueOn() != null && draft.dueOn().isBefore(openedOn)) {
			throw new CaseInputException("dueOn", "casework.error.goal.beforeOpening", openedOn.toString());
		}
		return new Goal(UUID.randomUUID(), id, draft.domain(), draft.title(), draft.dueOn(), GoalStatus.OPEN, at, by,
				at, by, 0);
	}

	public Goal changeGoalStatus(Goal goal, GoalStatus status, String by, Instant at) {
		ensureOpen();
		ensureOwn(goal.caseId());
		if (status == null) {
			throw new CaseInputException("status", "casework.error.required");
		}
		return goal.markAs(status, by, at);
	}

	public Contact recordContact(ContactDetails details, LocalDate today, String by, Instant at) {
		ensureOpen();
		if (details.on().isAfter(today)) {
			throw new CaseInputException("on", "casework.error.date.future");
		}
		return new Contact(UUID.randomUUID(), id, details, at, by);
	}

	public FollowUp scheduleFollowUp(FollowUpDraft draft, LocalDate today, String by, Instant at) {
		ensureOpen();
		if (draft.dueOn().isBefore(today)) {
			throw new CaseInputException("dueOn", "casework.error.date.past");
		}
		return new FollowUp(UUID.randomUUID(), id, draft.dueOn(), draft.title(), caseManager, false, null, null, at, by);
	}

	public FollowUp completeFollowUp(FollowUp followUp, String by, Instant at) {
		ensureOpen();
		ensureOwn(followUp.caseId());
		return followUp.done() ? followUp : followUp.markDone(by, at);
	}

	public Document attach(UploadedFile file, String by, Instant at) {
		ensureOpen();
		return new Document(UUID.randomUUID(), id, file.title(), file.fileName(), file.type(), file.content().length,
				file.sha256(), at, by);
	}

	/** Documents can be removed (e.g. uploaded by mistake) only while the case is open. */
	public void removeDocument(Document document) {
		ensureOpen();
		ensureOwn(document.caseId());
	}

	/**
	 * Need-to-know (§ 35 SGB I): the case manager, and — when the case is shared with the team — the
	 * case managers of the same organisation. Nobody else, whatever their role.
	 */
	public boolean isVisibleTo(CurrentUser user) {
		if (!user.has(Role.CASE_MANAGER) || !municipality.equals(user.municipality())) {
			return false;
		}
		return isCaseManager(user) || (teamShared && organisationId.equals(user.organisationId()));
	}

	public boolean isCaseManager(CurrentUser user) {
		return caseManager.equals(user.username()) && municipality.equals(user.municipality());
	}

	/** Compares the version the caller last read; a different one means someone changed the case meanwhile. */
	public void expectVersion(Integer expected) {
		if (expected == null) {
			throw new CaseInputException("version", "casework.error.version");
		}
		if (expected != version) {
			throw new StaleVersionException();
		}
	}

	public void ensureOpen() {
		if (!phase.isOpen()) {
			throw new CaseClosedException();
		}
	}

	private void ensureOwn(CaseId owner) {
		if (!id.equals(owner)) {
			throw new IllegalArgumentException("Eintrag gehört zu einem anderen Fall");
		}
	}

	/** The events raised since the last call, for publication after the change is stored. */
	public List<Object> pullEvents() {
		List<Object> raised = List.copyOf(events);
		events.clear();
		return raised;
	}

	void stored() {
		version++;
	}

	public CaseSummary summary() {
		return new CaseSummary(id, clientId, organisationId, caseManager, phase, teamShared, openedOn, closedOn,
				closureReason);
	}

	public CaseId id() {
		return id;
	}

	public MunicipalityKey municipality() {
		return municipality;
	}

	public UUID clientId() {
		return clientId;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public String caseManager() {
		return caseManager;
	}

	public String caseManagerName() {
		return caseManagerName;
	}

	public LocalDate openedOn() {
		return openedOn;
	}

	public Phase phase() {
		return phase;
	}

	public boolean teamShared() {
		return teamShared;
	}

	public LocalDate closedOn() {
		return closedOn;
	}

	public ClosureReason closureReason() {
		return closureReason;
	}

	public String closureNote() {
		return closureNote;
	}

	/** Links set only by a transfer to another municipality (ADR 0409): the case it came from, where it went. */
	void linkTransfer(UUID from, MunicipalityKey to) {
		this.transferredFrom = from;
		this.transferredTo = to;
	}

	public UUID transferredFrom() {
		return transferredFrom;
	}

	public MunicipalityKey transferredTo() {
		return transferredTo;
	}

	public int version() {
		return version;
	}
}
