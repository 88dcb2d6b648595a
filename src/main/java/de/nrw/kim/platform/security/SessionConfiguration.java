package de.nrw.kim.platform.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Session limits beyond Spring Session's idle timeout ({@code spring.session.timeout}, 30 minutes):
 * an absolute lifetime ({@code kim.security.session.absolute-timeout}, 10 hours).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/** After Spring Session's repository filter (which wraps the request), before Spring Security (-100). */
	static final int ABSOLUTE_TIMEOUT_ORDER = -150;

	@Bean
	FilterRegistrationBean<AbsoluteSessionTimeoutFilter> absoluteSessionTimeoutFilter(
			@Value("${kim.security.session.absolute-timeout:10h}") Duration limit, Clock clock) {
		FilterRegistrationBean<AbsoluteSessionTimeoutFilter> registration = new FilterRegistrationBean<>(
				new AbsoluteSessionTimeoutFilter(limit, clock));
		registration.setOrder(ABSOLUTE_TIMEOUT_ORDER);
		return registration;
	}
}
