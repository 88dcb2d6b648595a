package de.nrw.kim.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Role;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** German first, English on request ({@code ?lang=en}, remembered in a cookie). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("kim-lang");
		resolver.setDefaultLocale(Locale.GERMAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Every module keeps its texts in {@code messages/<module>_de.properties} (German, the default) and
	 * {@code messages/<module>_en.properties}; all found on the class path are used.
	 */
	@Bean
	MessageSource messageSource() throws java.io.IOException {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_de.properties");
		source.setBasenames(Arrays.stream(bundles)
				.map(bundle -> "messages/" + bundle.getFilename().replace("_de.properties", ""))
				.distinct().sorted().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setDefaultLocale(Locale.GERMAN);
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/**
	 * Boot's Thymeleaf support registers this filter whenever a WebJars locator is on the class path,
	 * unless a registration exists: this disabled one. The filter sends every link of
	 * every page through the static resource chain, which probes the jar for each non-static link such
	 * as {@code /cases/42} and never caches the miss: three quarters of the CPU of the case list at
	 * 300,000 clients (ADR 0811). KIM has no versioned resource URLs, and the versionless WebJar path of
	 * htmx is resolved when it is requested.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	NavigationItem startNavigation() {
		return new NavigationItem("nav.start", "/", 0, Set.of(Role.values()));
	}

	@Bean
	NavigationItem auditNavigation() {
		return new NavigationItem("nav.audit", "/audit", 900, Set.of(Role.MUNICIPAL_ADMIN));
	}
}
