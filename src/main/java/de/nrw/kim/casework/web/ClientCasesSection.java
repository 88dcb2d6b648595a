package de.nrw.kim.casework.web;

import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.internal.CaseService;
import de.nrw.kim.client.ClientPageSection;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import org.springframework.stereotype.Component;

/** On the client's page: the client's cases the user may see, and the way to open a new one. */
@Component
class ClientCasesSection implements ClientPageSection {

	private final CaseService cases;

	ClientCasesSection(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.has(Role.CASE_MANAGER);
	}

	@Override
	public String fragment() {
		return "casework/client-cases :: cases";
	}

	@Override
	public Map<String, Object> model(UUID clientId, CurrentUser user) {
		return Map.of("clientId", clientId, "cases", cases.ofClient(clientId).stream()
				.map(c -> new CaseListController.CaseRow(c.id().value(), null, c.phase(), c.caseManagerName(),
						c.openedOn(), c.teamShared()))
				.toList());
	}
}
