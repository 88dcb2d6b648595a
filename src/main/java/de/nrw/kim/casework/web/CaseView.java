package de.nrw.kim.casework.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.casework.internal.Case;
import de.nrw.kim.platform.CurrentUser;

/**
 * A case as its page shows it: the header of every tab, and the phase steps offered as buttons
 * ({@code next} forward, {@code earlier} back, nearest first).
 */
record CaseView(UUID id, UUID clientId, String clientName, Phase phase, String caseManager, String caseManagerName,
		LocalDate openedOn, LocalDate closedOn, ClosureReason closureReason, String closureNote, boolean teamShared,
		int version, boolean open, boolean mine, Phase next, List<Phase> earlier) {

	static CaseView of(Case c, String clientName, CurrentUser user) {
		List<Phase> reachable = c.phase().reachable();
		Phase next = reachable.stream().filter(p -> p.ordinal() > c.phase().ordinal()).findFirst().orElse(null);
		List<Phase> earlier = reachable.stream().filter(p -> p.ordinal() < c.phase().ordinal())
				.sorted(Comparator.comparing(Phase::ordinal).reversed()).toList();
		return new CaseView(c.id().value(), c.clientId(), clientName, c.phase(), c.caseManager(), c.caseManagerName(),
				c.openedOn(), c.closedOn(), c.closureReason(), c.closureNote(), c.teamShared(), c.version(),
				c.phase().isOpen(), c.isCaseManager(user), next, earlier);
	}

	String path() {
		return "/cases/" + id;
	}
}
