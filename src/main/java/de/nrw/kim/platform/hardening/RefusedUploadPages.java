package de.nrw.kim.platform.hardening;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refused upload (virus, scanner down, impossible file name) in the web UI: the error page with the reason in German (the API answers problem+json). */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusedUploadPages {

	@ExceptionHandler(UploadScanException.class)
	String refused(UploadScanException e, HttpServletResponse response, Model model) {
		response.setStatus(e.status());
		model.addAttribute("status", e.status());
		model.addAttribute("messageKey", e.messageKey());
		return "platform/error";
	}

	@ExceptionHandler(InvalidFileNameException.class)
	String invalidFileName(HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("status", 400);
		model.addAttribute("messageKey", "error.invalidFileName");
		return "platform/error";
	}
}
