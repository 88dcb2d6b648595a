package de.nrw.kim.network.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.network.internal.GapDraft;
import de.nrw.kim.network.internal.GapService;
import de.nrw.kim.network.internal.GapStatus;
import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Structural gaps: case managers raise one (from a case or freely) and confirm others; the
 * coordination sees all and changes their status. No page shows the case behind a gap.
 */
@Controller
class GapPageController {

	private final GapService gaps;
	private final Partners partners;

	GapPageController(GapService gaps, Partners partners) {
		this.gaps = gaps;
		this.partners = partners;
	}

	@GetMapping("/structural-gaps")
	String list(@RequestParam(required = false) String scope, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		boolean all = "all".equals(scope);
		GapStatus s = Arrays.stream(GapStatus.values()).filter(v -> v.name().equals(status)).findFirst().orElse(null);
		model.addAttribute("result", gaps.list(all, s, null, Paging.of(page, 20)));
		model.addAttribute("coordinator", CurrentUser.require().has(Role.COORDINATOR));
		model.addAttribute("all", all);
		model.addAttribute("statuses", GapStatus.values());
		model.addAttribute("status", s == null ? "" : s.name());
		model.addAttribute("partnerNames", partnerNames());
		model.addAttribute("baseUrl", "/structural-gaps?scope=" + (all ? "all" : "") + "&status=" + (s == null ? "" : s.name()));
		return "network/gaps";
	}

	@GetMapping("/structural-gaps/new")
	String newGap(@RequestParam(required = false) UUID caseId, Model model) {
		PageErrors.none(model);
		return form(model, new GapForm(null, null, null, null, caseId == null ? null : caseId.toString()));
	}

	@PostMapping("/structural-gaps/new")
	String raise(GapForm form, Model model, RedirectAttributes redirect) {
		try {
			gaps.raise(new GapDraft(form.domain(), form.legalDomain(), form.partnerId(), null, form.description(), form.caseId()));
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return form(model, form);
		}
		redirect.addFlashAttribute("success", "network.gap.flash.raised");
		return form.caseId() == null || form.caseId().isBlank() ? "redirect:/structural-gaps" : "redirect:/cases/" + form.caseId();
	}

	@GetMapping("/structural-gaps/{id}")
	String detail(@PathVariable UUID id, Model model) {
		PageErrors.none(model);
		return detail(id, model, null, null);
	}

	@PostMapping("/structural-gaps/{id}/support")
	String support(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			gaps.support(id);
			redirect.addFlashAttribute("success", "network.gap.flash.supported");
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
		}
		return "redirect:/structural-gaps/" + id;
	}

	@PostMapping("/structural-gaps/{id}/status")
	String changeStatus(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String resolution, @RequestParam(required = false) Integer version, Model model,
			RedirectAttributes redirect) {
		try {
			gaps.changeStatus(id, status, resolution, version);
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return detail(id, model, status, resolution);
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
			return "redirect:/structural-gaps/" + id;
		}
		redirect.addFlashAttribute("success", "network.gap.flash.statusChanged");
		return "redirect:/structural-gaps/" + id;
	}

	private String detail(UUID id, Model model, String status, String resolution) {
		var gap = gaps.read(id);
		model.addAttribute("gap", gap);
		model.addAttribute("partnerNames", partnerNames());
		model.addAttribute("coordinator", CurrentUser.require().has(Role.COORDINATOR));
		model.addAttribute("caseManager", CurrentUser.require().has(Role.CASE_MANAGER));
		model.addAttribute("statuses", Arrays.stream(GapStatus.values()).map(Enum::name).toList());
		model.addAttribute("newStatus", status == null ? gap.status().name() : status);
		model.addAttribute("resolution", resolution == null ? gap.resolution() : resolution);
		return "network/gap";
	}

	private String form(Model model, GapForm form) {
		model.addAttribute("form", form);
		model.addAttribute("domains", Arrays.stream(LifeDomain.values()).map(Enum::name).toList());
		model.addAttribute("legalDomains", Arrays.stream(LegalDomain.values()).map(Enum::name).toList());
		model.addAttribute("partners", partners.confirmed());
		return "network/gap-form";
	}

	private java.util.Map<UUID, String> partnerNames() {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		for (Partner p : partners.confirmed()) {
			names.put(p.id(), p.name());
		}
		return names;
	}

	record GapForm(String domain, String legalDomain, String partnerId, String description, String caseId) {
	}

	static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}
}
