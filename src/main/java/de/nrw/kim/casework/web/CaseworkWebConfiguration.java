package de.nrw.kim.casework.web;

import java.util.Set;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entry "Fälle" in the main navigation, for case managers. */
@Configuration(proxyBeanMethods = false)
class CaseworkWebConfiguration {

	@Bean
	NavigationItem casesNavigation() {
		return new NavigationItem("casework.nav.cases", "/cases", 200, Set.of(Role.CASE_MANAGER));
	}
}
