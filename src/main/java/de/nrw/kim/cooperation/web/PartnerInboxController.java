package de.nrw.kim.cooperation.web;

import java.util.Arrays;
import java.util.UUID;

import de.nrw.kim.cooperation.DeclineReason;
import de.nrw.kim.cooperation.ReferralStatus;
import de.nrw.kim.cooperation.internal.ReferralService;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox of a partner's staff: the referrals addressed to their organisation, and their answers. */
@Controller
@PreAuthorize("hasRole('PARTNER')")
class PartnerInboxController {

	private final ReferralService referrals;

	PartnerInboxController(ReferralService referrals) {
		this.referrals = referrals;
	}

	@GetMapping("/referrals/incoming")
	String inbox(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
		ReferralStatus filter = Arrays.stream(ReferralStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
		model.addAttribute("result", referrals.list(filter, Paging.of(page == null || page < 0 ? 0 : page, 20)));
		model.addAttribute("statuses", ReferralStatus.values());
		model.addAttribute("status", filter == null ? "" : filter.name());
		model.addAttribute("baseUrl", "/referrals/incoming?status=" + (filter == null ? "" : filter.name()));
		return "cooperation/inbox";
	}

	@GetMapping("/referrals/incoming/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("view", referrals.read(id));
		model.addAttribute("reasons", Arrays.stream(DeclineReason.values()).map(Enum::name).toList());
		if (!model.containsAttribute("errors")) {
			PageErrors.none(model);
		}
		return "cooperation/incoming";
	}

	@PostMapping("/referrals/incoming/{id}")
	String answer(@PathVariable UUID id, @RequestParam String status, @RequestParam(required = false) String declineReason,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) Integer version, Model model,
			RedirectAttributes redirect) {
		try {
			referrals.answer(id, status, declineReason, outcome, version);
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return show(id, model);
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
			return "redirect:/referrals/incoming/" + id;
		}
		redirect.addFlashAttribute("success", "cooperation.flash.answered");
		return "redirect:/referrals/incoming/" + id;
	}
}
