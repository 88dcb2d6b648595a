package de.nrw.kim.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.grant.GrantService;
import de.nrw.kim.funding.permanence.PermanenceService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * The funding summary on the start page of coordinators, the grant authority and the ministry:
 * today's permanence figures (own municipality or statewide) and the applications waiting for a step.
 */
@Component
class FundingStartSection implements StartPageSection {

	private final PermanenceService permanence;
	private final GrantService grants;
	private final Clock clock;

	FundingStartSection(PermanenceService permanence, GrantService grants, Clock clock) {
		this.permanence = permanence;
		this.grants = grants;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return FundingNavigation.ALL_FUNDING_ROLES.stream().anyMatch(user::has);
	}

	@Override
	public String fragment() {
		return "funding/start :: summary";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("on", today);
		model.put("figures", permanence.on(today).state());
		model.put("stateLevel", user.isStateLevel());
		Application.Status waiting = user.has(Role.GRANT_OFFICER) ? Application.Status.SUBMITTED
				: user.has(Role.COORDINATOR) ? Application.Status.RETURNED : null;
		model.put("waitingStatus", waiting == null ? null : waiting.name());
		model.put("waiting", waiting == null ? 0 : grants.list(null, null, waiting).size());
		return model;
	}
}
