package de.nrw.kim.casework.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.casework.internal.CaseClosedException;
import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the casework pages show when an action cannot be done: a case that is not there (or not
 * visible) is the German 404 page; a conflict (closed case, stale version, impossible phase change)
 * or a bad hidden value sends the user back to the tab with a message at the top.
 */
@ControllerAdvice(assignableTypes = { CaseListController.class, CasePageController.class,
		AssessmentPageController.class, PlanPageController.class, ContactPageController.class,
		FollowUpPageController.class, DocumentPageController.class })
class CasePageExceptionHandler {

	private static final Pattern CASE_PATH = Pattern.compile("/cases/([0-9a-fA-F-]{36})(?:/([a-z-]+))?.*");
	private static final Map<String, String> TAB_OF_ACTION = Map.of("goals", "/plan", "phase", "", "team", "",
			"close", "");

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("status", 404);
		model.addAttribute("messageKey", "error.notFound");
		return "platform/error";
	}

	@ExceptionHandler(ConflictException.class)
	String conflict(ConflictException e, HttpServletRequest request) {
		String key = e instanceof CaseClosedException ? "casework.flash.caseClosed"
				: e.type().equals(ProblemType.STALE_VERSION) ? "casework.flash.stale"
				: e.type().equals(ProblemType.INVALID_TRANSITION) ? "casework.flash.transition"
				: "casework.flash.conflict";
		return back(request, key);
	}

	/** Bad values in hidden fields or buttons (phase, version, status): not something to show at an input. */
	@ExceptionHandler(CaseInputException.class)
	String invalid(HttpServletRequest request) {
		return back(request, "casework.flash.invalid");
	}

	private static String back(HttpServletRequest request, String messageKey) {
		RequestContextUtils.getOutputFlashMap(request).put("failure", messageKey);
		Matcher m = CASE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!m.matches()) {
			return "redirect:/cases";
		}
		String action = m.group(2) == null ? "" : m.group(2);
		return "redirect:/cases/" + m.group(1) + TAB_OF_ACTION.getOrDefault(action, action.isEmpty() ? "" : "/" + action);
	}
}
