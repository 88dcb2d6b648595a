package de.nrw.kim.client.web;

import java.util.Set;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The client area in the main navigation, for case managers. */
@Configuration(proxyBeanMethods = false)
class ClientWebConfiguration {

	@Bean
	NavigationItem clientNavigation() {
		return new NavigationItem("nav.clients", "/clients", 10, Set.of(Role.CASE_MANAGER));
	}
}
