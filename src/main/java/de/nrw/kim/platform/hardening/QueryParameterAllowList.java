package de.nrw.kim.platform.hardening;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.nrw.kim.platform.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every filter, sort or paging parameter of an API read must be one the endpoint declares: an
 * unknown one (say {@code sort=name;drop table}) is refused with 400 before any controller or SQL
 * sees it, instead of being silently ignored. The values themselves are typed (enums, numbers,
 * dates) or checked against fixed lists by the endpoint.
 */
class QueryParameterAllowList implements HandlerInterceptor {

	/** Understood everywhere: the language switch. */
	private static final Set<String> GLOBAL = Set.of("lang");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
				|| !(handler instanceof HandlerMethod method)) {
			return true;
		}
		Set<String> declared = declared(method);
		if (declared == null) {
			return true;
		}
		Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
		unknown.removeAll(declared);
		unknown.removeAll(GLOBAL);
		if (!unknown.isEmpty()) {
			String name = unknown.iterator().next();
			String allowed = declared.isEmpty() ? "keine" : String.join(", ", new TreeSet<>(declared));
			throw new ValidationException(shorten(name), (name.equals("sort")
					? "Nach diesem Feld lässt sich hier nicht sortieren. "
					: "Den Parameter „" + shorten(name) + "“ gibt es hier nicht. ") + "Erlaubt: " + allowed + ".");
		}
		return true;
	}

	/** The declared query parameters, or null when the endpoint takes a map of any parameters. */
	private static Set<String> declared(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (bindsFromParameters(parameter)) {
				return null;
			}
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			if (annotation == null) {
				continue;
			}
			if (java.util.Map.class.isAssignableFrom(parameter.getParameterType())
					|| org.springframework.util.MultiValueMap.class.isAssignableFrom(parameter.getParameterType())) {
				return null;
			}
			String name = !annotation.name().isEmpty() ? annotation.name() : annotation.value();
			if (name.isEmpty()) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				name = parameter.getParameterName();
			}
			names.add(name);
		}
		return names;
	}

	/** An object filled from the query string (a form object without annotation): its fields are its own allow-list. */
	private static boolean bindsFromParameters(MethodParameter parameter) {
		if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class)) {
			return true;
		}
		if (parameter.getParameterAnnotations().length > 0) {
			return false;
		}
		String type = parameter.getParameterType().getName();
		return type.startsWith("de.nrw.kim.") && !parameter.getParameterType().isEnum();
	}

	private static String shorten(String name) {
		String printable = name.codePoints().filter(c -> !Character.isISOControl(c))
				.mapToObj(Character::toString).collect(Collectors.joining());
		return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
	}
}
