package de.nrw.kim.residence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.client.PartialDate;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's residence statuses (with history), the facts for the rules and the perspective hints.
 * Validates (until after from, no overlap unless marked), keeps every revision, audits every access.
 */
@Service
@PreAuthorize(Authorities.CLIENT_DATA)
public class ResidenceService {

	static final String STATUS = "ResidenceStatus";
	static final String FACTS = "ResidenceFacts";
	static final String HINTS = "PerspectiveHints";

	private final ResidenceAccess access;
	private final ResidenceStatuses statuses;
	private final FactsRepository facts;
	private final PerspectiveEvaluator evaluator;
	private final HintSnapshots snapshots;
	private final LegalDomains domains;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ResidenceService(ResidenceAccess access, ResidenceStatuses statuses, FactsRepository facts,
			PerspectiveEvaluator evaluator, HintSnapshots snapshots, LegalDomains domains, ApplicationEventPublisher events, Clock clock) {
		this.domains = domains;
		this.access = access;
		this.statuses = statuses;
		this.facts = facts;
		this.evaluator = evaluator;
		this.snapshots = snapshots;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ResidenceStatus add(UUID clientId, StatusDraft draft) {
		access.client(clientId);
		MunicipalityKey m = municipality();
		List<ResidenceStatus> before = statuses.ofClient(m, clientId);
		checkOverlap(before, null, draft);
		UUID id = UUID.randomUUID();
		statuses.insert(m, id, clientId, draft, user(), now());
		access.record(AuditAction.CREATE, STATUS, id, clientId);
		ResidenceStatus added = statuses.find(m, id).orElseThrow();
		events.publishEvent(new StatusRecorded(m, clientId, added, before));
		return added;
	}

	@Transactional
	public ResidenceStatus update(UUID clientId, UUID statusId, Integer version, StatusDraft draft) {
		ResidenceStatus current = visibleStatus(clientId, statusId);
		requireVersion(version);
		checkOverlap(statuses.ofClient(municipality(), clientId), statusId, draft);
		if (current.version() != version || !statuses.update(municipality(), statusId, version, draft, user(), now())) {
			throw new StaleVersionException();
		}
		access.record(AuditAction.UPDATE, STATUS, statusId, clientId);
		return statuses.find(municipality(), statusId).orElseThrow();
	}

	/** Marks the status deleted; it stays in the history. */
	@Transactional
	public void delete(UUID clientId, UUID statusId, Integer version) {
		ResidenceStatus current = visibleStatus(clientId, statusId);
		requireVersion(version);
		if (current.version() != version || !statuses.markDeleted(municipality(), statusId, version, user(), now())) {
			throw new StaleVersionException();
		}
		access.record(AuditAction.DELETE, STATUS, statusId, clientId);
	}

	@Transactional
	public List<ResidenceStatus> statuses(UUID clientId) {
		access.client(clientId);
		access.record(AuditAction.READ, STATUS + "List", clientId, clientId);
		return statuses.ofClient(municipality(), clientId);
	}

	@Transactional
	public List<ResidenceStatuses.Revision> history(UUID clientId) {
		access.client(clientId);
		access.record(AuditAction.READ, STATUS + "History", clientId, clientId);
		return statuses.revisionsOf(municipality(), clientId);
	}

	/** Changes of the responsible benefit office with their handover checklists, newest first. */
	@Transactional
	public List<LegalDomains.Change> domainChanges(UUID clientId) {
		access.client(clientId);
		access.record(AuditAction.READ, "LegalDomainChange" + "List", clientId, clientId);
		return domains.ofClient(municipality(), clientId);
	}

	@Transactional
	public FactsView facts(UUID clientId) {
		access.client(clientId);
		access.record(AuditAction.READ, FACTS, clientId, clientId);
		return view(clientId);
	}

	@Transactional
	public FactsView saveFacts(UUID clientId, Integer version, ResidenceFacts changed) {
		access.client(clientId);
		MunicipalityKey m = municipality();
		var existing = facts.find(m, clientId);
		if (existing.isEmpty()) {
			facts.insert(m, changed, user(), now());
			access.record(AuditAction.CREATE, FACTS, clientId, clientId);
		} else {
			requireVersion(version);
			if (!facts.update(m, changed, version, user(), now())) {
				throw new StaleVersionException();
			}
			access.record(AuditAction.UPDATE, FACTS, clientId, clientId);
		}
		return view(clientId);
	}

	/** The hints on a day (default today) with the rule versions valid on that day. */
	@Transactional
	public List<Hint> perspectives(UUID clientId, LocalDate on) {
		ClientSummary client = access.client(clientId);
		access.record(AuditAction.READ, HINTS, clientId, clientId);
		LocalDate day = on == null ? today() : on;
		List<Hint> hints = evaluator.evaluate(caseOf(client, day));
		if (day.equals(today())) {
			snapshots.replace(municipality(), clientId, hints, now());
		}
		return hints;
	}

	PerspectiveCase caseOf(ClientSummary client, LocalDate on) {
		MunicipalityKey m = municipality();
		return new PerspectiveCase(on, birthDate(client.birthDate()), access.arrivalDate(client.id()).orElse(null),
				statuses.ofClient(m, client.id()), facts.find(m, client.id()).orElse(ResidenceFacts.unknown(client.id())));
	}

	public LocalDate today() {
		return OfficeTime.today(clock);
	}

	private FactsView view(UUID clientId) {
		MunicipalityKey m = municipality();
		List<ResidenceStatus> all = statuses.ofClient(m, clientId);
		LocalDate today = today();
		PerspectiveCase c = new PerspectiveCase(today, null, null, all, ResidenceFacts.unknown(clientId));
		LocalDate since = c.uninterruptedSince(java.util.Set.of()).orElse(null);
		return new FactsView(facts.find(m, clientId).orElse(ResidenceFacts.unknown(clientId)),
				access.arrivalDate(clientId).orElse(null), since,
				since == null ? null : java.time.Period.between(since, today).getYears());
	}

	private ResidenceStatus visibleStatus(UUID clientId, UUID statusId) {
		access.client(clientId);
		return statuses.find(municipality(), statusId)
				.filter(s -> s.clientId().equals(clientId) && !s.deleted())
				.orElseThrow(() -> new NotFoundException("Der Aufenthaltsstatus"));
	}

	private static void checkOverlap(List<ResidenceStatus> existing, UUID self, StatusDraft draft) {
		if (draft.mayOverlap()) {
			return;
		}
		existing.stream()
				.filter(s -> !s.id().equals(self) && !s.mayOverlap() && s.overlaps(draft.validFrom(), draft.validUntil()))
				.findFirst()
				.ifPresent(s -> {
					throw new ValidationException("validFrom", "Der Zeitraum überschneidet sich mit „" + Labels.type(s.type())
							+ "“ ab " + Criterion.date(s.validFrom())
							+ (s.validUntil() == null ? "" : " bis " + Criterion.date(s.validUntil()))
							+ ". Bitte den Zeitraum anpassen oder „darf sich überschneiden“ wählen.");
				});
	}

	private static void requireVersion(Integer version) {
		if (version == null) {
			throw new ValidationException("version", "Bitte die Version angeben, die geändert werden soll.");
		}
	}

	private static PartialDate birthDate(String text) {
		try {
			return text == null ? null : PartialDate.parse(text);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static MunicipalityKey municipality() {
		return CurrentUser.require().requireMunicipality();
	}

	private static String user() {
		return CurrentUser.require().username();
	}

	private Instant now() {
		return clock.instant();
	}

	/** The facts with what the client module and the history add: arrival date and years of residence. */
	public record FactsView(ResidenceFacts facts, LocalDate arrivalDate, LocalDate residenceSince, Integer residenceYears) {
	}

	/** Published after a status is added; {@code before} are the statuses that counted until then. */
	public record StatusRecorded(MunicipalityKey municipality, UUID clientId, ResidenceStatus status,
			List<ResidenceStatus> before) {
	}
}
