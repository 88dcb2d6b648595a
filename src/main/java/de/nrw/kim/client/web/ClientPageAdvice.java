package de.nrw.kim.client.web;

import java.io.IOException;

import de.nrw.kim.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A foreign or missing client answers the platform's 404 page on the client pages too (never a 500,
 * never a hint that it exists).
 */
@ControllerAdvice(assignableTypes = { ClientPageController.class, ClientDetailController.class })
class ClientPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
