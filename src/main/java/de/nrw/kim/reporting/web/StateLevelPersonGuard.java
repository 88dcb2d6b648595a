package de.nrw.kim.reporting.web;

import java.util.List;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The ministry and the grant authority read statistics, never a person or a case (API.md "Reporting",
 * ADR 0610). The modules' method security already refuses them; this guard refuses them before a request
 * body is read, so they get 403 and not a validation answer about a person's data.
 */
@Configuration(proxyBeanMethods = false)
class StateLevelPersonGuard implements WebMvcConfigurer, HandlerInterceptor {

	static final List<String> PERSON_OR_CASE = List.of("clients", "cases", "residence", "deadlines", "worklist", "referrals",
			"consents", "conferences", "transfers", "imports");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		List<String> paths = PERSON_OR_CASE.stream().flatMap(p -> List.of("/api/v1/" + p + "/**", "/" + p + "/**").stream())
				.toList();
		registry.addInterceptor(this).addPathPatterns(paths);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CurrentUser.find().filter(u -> u.has(Role.MINISTRY_ANALYST) || u.has(Role.GRANT_OFFICER)).ifPresent(u -> {
			throw new AccessDeniedException("Die Landesebene erhält keine Personen und keine Fälle.");
		});
		return true;
	}
}
