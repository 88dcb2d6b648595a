package de.nrw.kim.platform.web;

import de.nrw.kim.platform.ProblemType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen outside our controllers (unknown address, too large a request): problem+json for
 * the API, a German error page for people. Never a stack trace.
 */
@Controller
class KimErrorController implements ErrorController {

	@RequestMapping(value = "/error", produces = "text/html")
	String page(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			case CONTENT_TOO_LARGE -> "error.tooLarge";
			case BAD_REQUEST -> "error.badRequest";
			default -> status.is5xxServerError() ? "error.internal" : "error.generic";
		});
		return "platform/error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		return switch (status) {
			case NOT_FOUND -> ApiExceptionHandler.problem(status, ProblemType.NOT_FOUND, "Nicht gefunden",
					"Diese Adresse gibt es nicht.");
			case FORBIDDEN -> ApiExceptionHandler.problem(status, ProblemType.FORBIDDEN, "Keine Berechtigung",
					"Ihre Rolle erlaubt diese Aktion nicht.");
			case CONTENT_TOO_LARGE -> ApiExceptionHandler.problem(status, ProblemType.TOO_LARGE, "Zu groß",
					"Die Anfrage ist zu groß.");
			case BAD_REQUEST -> ApiExceptionHandler.problem(status, ProblemType.MALFORMED, "Ungültige Anfrage",
					"Die Anfrage ist ungültig.");
			default -> ApiExceptionHandler.problem(status,
					status.is5xxServerError() ? ProblemType.INTERNAL : ProblemType.of("http-" + status.value()),
					status.getReasonPhrase(), status.is5xxServerError()
							? "Ein unerwarteter Fehler ist aufgetreten." : status.getReasonPhrase());
		};
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
