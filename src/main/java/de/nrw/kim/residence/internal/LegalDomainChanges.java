package de.nrw.kim.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Detects a change of the responsible benefit office (Rechtskreiswechsel, e.g. AsylbLG → SGB II after
 * recognition) when a status is recorded: the change is kept with its handover checklist, and every
 * open case of the client the recording case manager may see gets a follow-up (ADR 0505). Runs in the
 * transaction of the recording, so both stand or fall together.
 */
@Component
class LegalDomainChanges {

	static final String NAMES_ASYLBLG = "AsylbLG";
	static final String NAMES_SGB_II = "SGB II";

	private final LegalDomains domains;
	private final CaseWork cases;
	private final ResidenceAccess access;
	private final Clock clock;

	LegalDomainChanges(LegalDomains domains, CaseWork cases, ResidenceAccess access, Clock clock) {
		this.domains = domains;
		this.cases = cases;
		this.access = access;
		this.clock = clock;
	}

	@EventListener
	void on(ResidenceService.StatusRecorded recorded) {
		ResidenceStatus added = recorded.status();
		Optional<ResidenceStatus> previous = previous(recorded.before(), added.validFrom());
		if (previous.isEmpty()) {
			return;
		}
		LocalDate lastDay = added.validFrom().minusDays(1);
		Optional<String> from = domains.domainOf(previous.get().type(), lastDay);
		Optional<String> to = domains.domainOf(added.type(), added.validFrom());
		if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get())) {
			return;
		}
		LocalDate today = OfficeTime.today(clock);
		LocalDate due = added.validFrom().isAfter(today) ? added.validFrom() : today;
		String title = "Rechtskreiswechsel " + name(from.get()) + " → " + name(to.get()) + " ab " + Criterion.date(added.validFrom())
				+ ": Übergabe sichern (Checkliste unter „Aufenthalt“)";
		List<CaseSummary> open = cases.casesOf(recorded.clientId()).stream().filter(CaseSummary::isOpen).toList();
		open.forEach(c -> cases.scheduleFollowUp(c.id(), due, title));
		LegalDomains.Change change = new LegalDomains.Change(UUID.randomUUID(), recorded.clientId(), added.id(), from.get(),
				to.get(), added.validFrom(), open.size(), List.of());
		domains.insert(recorded.municipality(), change, CurrentUser.require().username(), clock.instant());
		access.record(AuditAction.CREATE, "LegalDomainChange", change.id(), recorded.clientId());
	}

	/** The status in force the day before the new one begins, else the last one that began before it. */
	private static Optional<ResidenceStatus> previous(List<ResidenceStatus> before, LocalDate from) {
		LocalDate dayBefore = from.minusDays(1);
		return before.stream().filter(s -> s.covers(dayBefore)).max(Comparator.comparing(ResidenceStatus::validFrom))
				.or(() -> before.stream().filter(s -> s.validFrom().isBefore(from)).max(Comparator.comparing(ResidenceStatus::validFrom)));
	}

	static String name(String domain) {
		return "ASYLBLG".equals(domain) ? NAMES_ASYLBLG : NAMES_SGB_II;
	}
}
