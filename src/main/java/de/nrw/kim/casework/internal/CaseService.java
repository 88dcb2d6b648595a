package de.nrw.kim.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, reading, listing and changing cases: phase, team sharing, closure. Only case managers
 * reach these methods; which cases they see is decided by need-to-know ({@link Case#isVisibleTo}).
 */
@Service
public class CaseService implements CaseWork {

	private final Cases cases;
	private final CaseAccess access;
	private final ClientDirectory clients;
	private final ApplicationEventPublisher events;
	private final CaseClock clock;
	private final org.springframework.beans.factory.ObjectProvider<CaseFileService> file;

	CaseService(Cases cases, CaseAccess access, ClientDirectory clients, ApplicationEventPublisher events,
			CaseClock clock, org.springframework.beans.factory.ObjectProvider<CaseFileService> file) {
		this.file = file;
		this.cases = cases;
		this.access = access;
		this.clients = clients;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Case open(UUID clientId) {
		if (clientId == null) {
			throw new CaseInputException("clientId", "casework.error.required");
		}
		clients.require(clientId);
		CurrentUser user = CurrentUser.require();
		Case opened = Case.open(clientId, user, clock.today());
		cases.insert(opened, user.username(), clock.now());
		access.record(AuditAction.CREATE, CaseAccess.CASE, opened.id().value(), opened);
		publish(opened);
		return opened;
	}

	@Override
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public CaseId openCase(UUID clientId) {
		return open(clientId).id();
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Case read(CaseId id) {
		Case c = access.visible(id);
		access.record(AuditAction.READ, CaseAccess.CASE, id.value(), c);
		return c;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public PageResult<Case> list(CaseFilter filter, Paging paging) {
		PageResult<Case> page = cases.visible(CurrentUser.require(), filter, paging);
		access.recordOverviews(page.items());
		return page;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public List<Case> ofClient(UUID clientId) {
		List<Case> found = cases.visibleOfClient(CurrentUser.require(), clientId);
		access.recordOverviews(found);
		return found;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Authorities.CASE_WORK)
	public List<Cases.PhaseChange> history(CaseId id) {
		Case c = access.visible(id);
		return cases.history(c.municipality(), id);
	}

	/** Changes the phase; {@code phase} is the name as sent, so an unknown one is an invalid transition like any other. */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Case changePhase(CaseId id, String phase, Integer version) {
		if (phase == null || phase.isBlank()) {
			throw new CaseInputException("phase", "casework.error.required");
		}
		Case c = access.lockVisible(id);
		c.ensureOpen();
		c.expectVersion(version);
		Phase from = c.phase();
		Phase target = parse(phase).orElseThrow(() -> new InvalidTransitionException(from, phase));
		c.advanceTo(target, clock.today());
		save(c);
		cases.recordPhase(c, from, target, clock.today(), CurrentUser.require().username(), clock.now());
		return c;
	}

	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Case shareWithTeam(CaseId id, Boolean shared, Integer version) {
		if (shared == null) {
			throw new CaseInputException("shared", "casework.error.required");
		}
		Case c = access.lockVisible(id);
		c.ensureOpen();
		c.expectVersion(version);
		c.shareWithTeam(shared, CurrentUser.require());
		save(c);
		return c;
	}

	/** Closes the case; {@code version} is optional here (API.md), but checked when sent. */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Case close(CaseId id, ManualClosure closure, Integer version) {
		Case c = access.lockVisible(id);
		c.ensureOpen();
		if (version != null) {
			c.expectVersion(version);
		}
		Phase from = c.phase();
		c.close(closure, clock.today());
		save(c);
		cases.recordPhase(c, from, Phase.CLOSED, clock.today(), CurrentUser.require().username(), clock.now());
		return c;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseSummary> find(CaseId caseId) {
		CurrentUser user = CurrentUser.require();
		if (user.municipality() == null) {
			return Optional.empty();
		}
		return cases.find(user.municipality(), caseId).filter(c -> c.isVisibleTo(user) && access.shown(c)).map(Case::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public CaseSummary requireOpen(CaseId caseId) {
		CaseSummary summary = find(caseId).orElseThrow(CaseAccess::notFound);
		if (!summary.isOpen()) {
			throw new CaseClosedException();
		}
		return summary;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseSummary> casesOf(UUID clientId) {
		CurrentUser user = CurrentUser.require();
		if (user.municipality() == null || !user.has(de.nrw.kim.platform.Role.CASE_MANAGER)) {
			return List.of();
		}
		return cases.visibleOfClient(user, clientId).stream().map(Case::summary).toList();
	}

	@Override
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public UUID scheduleFollowUp(CaseId caseId, java.time.LocalDate dueOn, String title) {
		return file.getObject().scheduleFollowUp(caseId, new FollowUpDraft(dueOn, title)).id();
	}

	private void save(Case c) {
		if (!cases.update(c, clock.now())) {
			throw new StaleVersionException();
		}
		access.record(AuditAction.UPDATE, CaseAccess.CASE, c.id().value(), c);
		publish(c);
	}

	private void publish(Case c) {
		c.pullEvents().forEach(events::publishEvent);
	}

	static Optional<Phase> parse(String name) {
		try {
			return Optional.of(Phase.valueOf(name.strip()));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
