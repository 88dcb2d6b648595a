package de.nrw.kim.platform.security;

import java.util.List;

import de.nrw.kim.platform.ProblemType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may reach what. The web UI uses a form login with a session (stored in PostgreSQL); the API
 * answers problem+json instead of redirects and, where enabled (demo profile), accepts HTTP Basic.
 * CSRF protection covers every form and every cookie-authenticated API call.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final RequestMatcher API = pathPattern("/api/**");
	/** Public static files (path prefixes) */
	static final List<String> STATIC_RESOURCES = List.of("/css/", "/js/", "/vendor/", "/webjars/", "/favicon.ico");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Value("${kim.security.basic-auth:true}") boolean basicAuth,
			ObjectProvider<OidcConfiguration.OidcLogin> oidc) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers(STATIC_RESOURCES.stream().map(p -> p.endsWith("/") ? p + "**" : p).toArray(String[]::new))
				.permitAll()
				.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
				.anyRequest().authenticated());
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher(request -> !API.matches(request));
		http.requestCache(cache -> cache.requestCache(requestCache));
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
				.authenticationDetailsSource(LoginDetails.source()).permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		OidcConfiguration.OidcLogin oidcLogin = oidc.getIfAvailable();
		if (oidcLogin != null) {
			oidcLogin.apply(http);
		}
		if (basicAuth) {
			http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> ProblemResponses.write(
					response, HttpStatus.UNAUTHORIZED.value(), ProblemType.UNAUTHENTICATED, "Nicht angemeldet",
					"Bitte melden Sie sich an.")));
		}
		// API calls with their own credentials (Authorization header) cannot be forged cross-site;
		// cookie-authenticated calls need the CSRF token like every form.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(
				request -> API.matches(request) && request.getHeader("Authorization") != null));
		http.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor((request, response, e) -> ProblemResponses.write(response,
						HttpStatus.UNAUTHORIZED.value(), ProblemType.UNAUTHENTICATED, "Nicht angemeldet",
						"Bitte melden Sie sich an."), API)
				.defaultAccessDeniedHandlerFor((request, response, e) -> ProblemResponses.write(response,
						HttpStatus.FORBIDDEN.value(), ProblemType.FORBIDDEN, "Keine Berechtigung",
						"Ihre Rolle erlaubt diese Aktion nicht."), API)
				// Spring Security uses a single registered handler for every request: people get the error page.
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		http.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
								+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.contentTypeOptions(Customizer.withDefaults())
				.frameOptions(frame -> frame.deny())
				// only on secure requests: TLS here or, behind a proxy, X-Forwarded-Proto: https
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		return http.build();
	}
}
