package de.nrw.kim.casework.web;

import java.util.Set;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Role;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entry "Fälle" in the main navigation for case managers, and the upload limit of the documents tab. */
@Configuration(proxyBeanMethods = false)
class CaseworkWebConfiguration {

	/** Before the security filters, which are the first to read (and fail on) a too large upload. */
	@Bean
	FilterRegistrationBean<DocumentUploadLimitFilter> documentUploadLimitFilter() {
		FilterRegistrationBean<DocumentUploadLimitFilter> registration = new FilterRegistrationBean<>(
				new DocumentUploadLimitFilter());
		registration.addUrlPatterns("/cases/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	NavigationItem casesNavigation() {
		return new NavigationItem("casework.nav.cases", "/cases", 200, Set.of(Role.CASE_MANAGER));
	}
}
