package de.nrw.kim.dataimport.web;

import java.util.Set;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Tabellenimport" in the main navigation of case managers (the importing case manager owns the clients). */
@Configuration(proxyBeanMethods = false)
class ImportNavigation {

	@Bean
	NavigationItem dataImportNavigation() {
		return new NavigationItem("nav.dataimport", "/import", 40, Set.of(Role.CASE_MANAGER));
	}
}
