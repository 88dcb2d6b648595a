package de.nrw.kim.reporting.web;

import java.util.Set;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboards in the main navigation: the state level, the municipality's coordination, case managers. */
@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

	static final Set<Role> DASHBOARD_ROLES = Set.of(Role.MINISTRY_ANALYST, Role.GRANT_OFFICER, Role.COORDINATOR,
			Role.MUNICIPAL_ADMIN, Role.CASE_MANAGER);

	@Bean
	NavigationItem reportingDashboardNavigation() {
		return new NavigationItem("nav.reporting", "/reporting", 600, DASHBOARD_ROLES);
	}

	@Bean
	NavigationItem evaluationExtractNavigation() {
		return new NavigationItem("nav.evaluationExtract", EvaluationExtractPageController.PATH, 610, Set.of(Role.MINISTRY_ANALYST));
	}
}
