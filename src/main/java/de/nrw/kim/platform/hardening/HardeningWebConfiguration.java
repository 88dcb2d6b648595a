package de.nrw.kim.platform.hardening;

import java.time.Clock;
import java.time.Duration;

import de.nrw.kim.platform.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Defences against hostile requests that sit in front of every module: allow-listed query
 * parameters, the virus scan of uploads (when {@code kim.clamav.host} is set), idempotent POSTs and
 * the audit of refused accesses to client data. Filters run after Spring Security (they need the
 * signed-in person).
 */
@Configuration(proxyBeanMethods = false)
class HardeningWebConfiguration implements WebMvcConfigurer {

	private final Environment environment;

	HardeningWebConfiguration(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryParameterAllowList()).addPathPatterns("/api/**");
		registry.addInterceptor(new UploadScanInterceptor(this::clamd));
	}

	/** Read per upload, so switching the scanner on or off needs no restart of the web layer. */
	private java.util.Optional<ClamdScanner> clamd() {
		String host = environment.getProperty("kim.clamav.host", "");
		if (host.isBlank()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new ClamdScanner(host.strip(), environment.getProperty("kim.clamav.port", Integer.class, 3310),
				environment.getProperty("kim.clamav.timeout", Duration.class, Duration.ofSeconds(10))));
	}

	@Bean
	FilterRegistrationBean<DeniedAccessAudit> deniedAccessAudit(AuditTrail audit,
			PlatformTransactionManager transactionManager, Clock clock) {
		FilterRegistrationBean<DeniedAccessAudit> registration = new FilterRegistrationBean<>(
				new DeniedAccessAudit(audit, new TransactionTemplate(transactionManager), clock));
		registration.setOrder(10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys,
			@Value("${kim.idempotency.expiry:24h}") Duration expiry) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(keys, expiry));
		registration.setOrder(20);
		return registration;
	}
}
