package de.nrw.kim.funding.web;

import java.util.Set;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funding areas in the main navigation, each for the roles that may use it (never case managers). */
@Configuration(proxyBeanMethods = false)
class FundingNavigation {

	static final Set<Role> ALL_FUNDING_ROLES = Set.of(Role.COORDINATOR, Role.GRANT_OFFICER, Role.MINISTRY_ANALYST);

	@Bean
	NavigationItem fundingPositionsNavigation() {
		return new NavigationItem("nav.funding.positions", "/funding/positions", 510, ALL_FUNDING_ROLES);
	}

	@Bean
	NavigationItem fundingPermanenceNavigation() {
		return new NavigationItem("nav.funding.permanence", "/funding/permanence", 520, ALL_FUNDING_ROLES);
	}

	@Bean
	NavigationItem fundingApplicationsNavigation() {
		return new NavigationItem("nav.funding.applications", "/funding/applications", 530, ALL_FUNDING_ROLES);
	}

	@Bean
	NavigationItem fundingProofsNavigation() {
		return new NavigationItem("nav.funding.proofs", "/funding/proofs", 535, ALL_FUNDING_ROLES);
	}

	@Bean
	NavigationItem fundingBudgetNavigation() {
		return new NavigationItem("nav.funding.budget", "/funding/budget", 540, Set.of(Role.GRANT_OFFICER, Role.MINISTRY_ANALYST));
	}

	@Bean
	NavigationItem fundingGuidelinesNavigation() {
		return new NavigationItem("nav.funding.guidelines", "/funding/guidelines", 580, ALL_FUNDING_ROLES);
	}
}
