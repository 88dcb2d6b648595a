package de.nrw.kim.cooperation.web;

import de.nrw.kim.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A foreign or missing referral, conference or transfer answers the platform's 404 page (never a hint that it exists). */
@ControllerAdvice(assignableTypes = { PartnerInboxController.class, ReferralPageController.class,
		TransferPageController.class, ConferencePageController.class })
class CooperationPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("messageKey", "error.notFound");
		return "platform/error";
	}
}
