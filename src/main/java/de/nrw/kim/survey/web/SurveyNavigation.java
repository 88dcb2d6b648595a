package de.nrw.kim.survey.web;

import java.util.Set;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Befragungen" in the main navigation: the ministry builds and evaluates, coordinators answer. */
@Configuration(proxyBeanMethods = false)
class SurveyNavigation {

	@Bean
	NavigationItem surveysNavigation() {
		return new NavigationItem("nav.survey", "/surveys", 600, Set.of(Role.MINISTRY_ANALYST, Role.COORDINATOR));
	}
}
