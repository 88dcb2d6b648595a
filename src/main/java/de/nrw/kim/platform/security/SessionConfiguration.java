package de.nrw.kim.platform.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Session limits beyond Spring Session's idle timeout ({@code spring.session.timeout}, 30 minutes):
 * an absolute lifetime ({@code kim.security.session.absolute-timeout}, 10 hours). Sessions are read
 * once per request and written back only when changed or when their last access is older than
 * {@code kim.security.session.touch-interval} (ADR 0812).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/** After Spring Session's repository filter (which wraps the request), before Spring Security (-100). */
	static final int ABSOLUTE_TIMEOUT_ORDER = -150;

	/** Around Spring Session's repository filter, so both of its commits see the same request scope. */
	static final int REQUEST_SESSIONS_ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 10;

	/**
	 * Wraps Boot's repository instead of replacing it: defining a {@code SessionRepository} bean would
	 * switch off Boot's whole JDBC session configuration (table, timeout, serialisation, clean-up).
	 */
	@Bean
	static BeanPostProcessor leanSessionRepository(Environment environment) {
		Duration touchInterval = environment.getProperty("kim.security.session.touch-interval", Duration.class,
				Duration.ofMinutes(1));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JdbcIndexedSessionRepository jdbc ? new LeanSessionRepository(jdbc, touchInterval) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<RequestSessions> requestSessions() {
		FilterRegistrationBean<RequestSessions> registration = new FilterRegistrationBean<>(new RequestSessions());
		registration.setOrder(REQUEST_SESSIONS_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AbsoluteSessionTimeoutFilter> absoluteSessionTimeoutFilter(
			@Value("${kim.security.session.absolute-timeout:10h}") Duration limit, Clock clock) {
		FilterRegistrationBean<AbsoluteSessionTimeoutFilter> registration = new FilterRegistrationBean<>(
				new AbsoluteSessionTimeoutFilter(limit, clock));
		registration.setOrder(ABSOLUTE_TIMEOUT_ORDER);
		return registration;
	}
}
