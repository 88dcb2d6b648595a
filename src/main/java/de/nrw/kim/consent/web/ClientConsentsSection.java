package de.nrw.kim.consent.web;

import java.util.Map;
import java.util.UUID;

import de.nrw.kim.client.ClientPageSection;
import de.nrw.kim.consent.internal.ConsentService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import org.springframework.stereotype.Component;

/** On the client's page: the consents with their status today, and the way to the consent page. */
@Component
class ClientConsentsSection implements ClientPageSection {

	private final ConsentService consents;

	ClientConsentsSection(ConsentService consents) {
		this.consents = consents;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.has(Role.CASE_MANAGER);
	}

	@Override
	public String fragment() {
		return "consent/section :: consents";
	}

	@Override
	public Map<String, Object> model(UUID clientId, CurrentUser user) {
		return Map.of("clientId", clientId, "rows", consents.ofClient(clientId).stream()
				.map(c -> new ConsentPageController.ConsentRow(c, consents.statusToday(c).name(), consents.recipientNames(c)))
				.toList());
	}
}
