package de.nrw.kim.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.platform.hardening.UploadScanException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API call into an RFC 9457 problem with a German detail. A rejected
 * request changes nothing (the transaction rolls back) and never shows a stack trace or SQL.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final DataSize maxFileSize;

	ApiExceptionHandler(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "Nicht gefunden", e.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException e) {
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, e.type(), "Konflikt", e.getMessage());
		e.properties().forEach(response.getBody()::setProperty);
		return response;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
		return conflict(new StaleVersionException());
	}

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<ProblemDetail> validation(ValidationException e) {
		return validationProblem(e.errors());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
		return validationProblem(e.getBindingResult().getFieldErrors().stream()
				.map(error -> new ValidationException.FieldError(error.getField(), error.getDefaultMessage()))
				.toList());
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
		return validationProblem(e.getParameterValidationResults().stream()
				.flatMap(result -> result.getResolvableErrors().stream()
						.map(error -> new ValidationException.FieldError(
								result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
				.toList());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
		if (Uploads.isTooLarge(e)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemType.TOO_LARGE, "Zu groß", "Die Anfrage ist zu groß.");
		}
		ValidationException.FieldError error = JsonErrors.describe(e);
		if (error != null) {
			return validationProblem(List.of(error));
		}
		return problem(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED, "Ungültige Anfrage",
				"Der Inhalt der Anfrage ist kein gültiges JSON.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		return validationProblem(List.of(new ValidationException.FieldError(e.getName(),
				"Der Wert „" + abbreviate(String.valueOf(e.getValue())) + "“ ist hier nicht zulässig.")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
		return validationProblem(List.of(new ValidationException.FieldError(e.getParameterName(),
				"Dieser Parameter fehlt.")));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
		return problem(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "Keine Berechtigung",
				"Ihre Rolle erlaubt diese Aktion nicht.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, ProblemType.METHOD_NOT_ALLOWED, "Methode nicht erlaubt",
				"Die Methode " + e.getMethod() + " ist hier nicht erlaubt.");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemType.UNSUPPORTED_MEDIA, "Format nicht unterstützt",
				"Bitte senden Sie JSON (Content-Type: application/json).");
	}

	/**
	 * An upload the container could not read: too large (413) or malformed (400). Uploads are parsed
	 * lazily, when the controller's parameters are resolved, so these failures arrive here.
	 */
	@ExceptionHandler({ MultipartException.class, InvalidParameterException.class })
	ResponseEntity<ProblemDetail> unreadableUpload(RuntimeException e) {
		if (Uploads.isTooLarge(e)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemType.TOO_LARGE, "Zu groß",
					"Die Datei ist zu groß. Erlaubt sind höchstens " + maxFileSize.toMegabytes() + " MB.");
		}
		return problem(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED, "Ungültige Anfrage",
				"Die Datei konnte nicht gelesen werden. Bitte als multipart/form-data mit dem Feld „file“ senden.");
	}

	/** An upload the virus scan refused (422) or could not check (503): nothing was stored. */
	@ExceptionHandler(UploadScanException.class)
	ResponseEntity<ProblemDetail> uploadScan(UploadScanException e) {
		return problem(HttpStatusCode.valueOf(e.status()), ProblemType.of(e.slug()),
				e.status() == 422 ? "Schadsoftware gefunden" : "Virenprüfung nicht erreichbar", e.getMessage());
	}

	/** A file name the container refuses (e.g. with a NUL byte, a path-traversal trick). */
	@ExceptionHandler(InvalidFileNameException.class)
	ResponseEntity<ProblemDetail> invalidFileName(InvalidFileNameException e) {
		return validationProblem(List.of(new ValidationException.FieldError("file",
				"Der Dateiname enthält unzulässige Zeichen. Bitte die Datei umbenennen.")));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
		return problem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "Nicht gefunden", "Diese Adresse gibt es nicht.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unerwarteter Fehler", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL, "Interner Fehler",
				"Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut oder wenden Sie sich an den Support.");
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
	}

	private static ResponseEntity<ProblemDetail> validationProblem(List<ValidationException.FieldError> errors) {
		String detail = errors.size() == 1 ? errors.get(0).message()
				: "Die Eingabe enthält " + errors.size() + " Fehler.";
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION,
				"Ungültige Eingabe", detail);
		response.getBody().setProperty("errors",
				errors.stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
		return response;
	}

	static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}
}
