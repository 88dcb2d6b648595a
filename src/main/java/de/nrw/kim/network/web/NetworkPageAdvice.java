package de.nrw.kim.network.web;

import java.io.IOException;

import de.nrw.kim.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A foreign or missing offer, gap or meeting answers the platform's 404 page (never a hint that it exists). */
@ControllerAdvice(assignableTypes = { OfferPageController.class, GapPageController.class, SteeringPageController.class,
		ConceptPageController.class, TargetGroupPageController.class, AgreementPageController.class })
class NetworkPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
