package de.nrw.kim.survey.web;

import java.io.IOException;

import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Domain errors of the survey pages go to the platform's German error page: a survey not sent to the
 * own municipality is "not found" (404) exactly like a missing one; a conflict is 409. Never a 500.
 */
@ControllerAdvice(assignableTypes = SurveyPage.class)
class SurveyPageErrors {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(ConflictException.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}
}
