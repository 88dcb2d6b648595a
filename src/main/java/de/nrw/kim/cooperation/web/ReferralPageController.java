package de.nrw.kim.cooperation.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.consent.ConsentCheck;
import de.nrw.kim.consent.Consents;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;
import de.nrw.kim.cooperation.internal.ReferralDraft;
import de.nrw.kim.cooperation.internal.ReferralService;
import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referrals of a case: which partner the consents cover for which categories (at a glance),
 * the referral form with a live consent check, and the list with status.
 */
@Controller
class ReferralPageController {

	private final ReferralService referrals;
	private final CaseWork cases;
	private final ClientDirectory clients;
	private final Partners partners;
	private final Consents consents;
	private final PartnerCoverage coverage;

	ReferralPageController(ReferralService referrals, CaseWork cases, ClientDirectory clients, Partners partners,
			Consents consents, PartnerCoverage coverage) {
		this.referrals = referrals;
		this.cases = cases;
		this.clients = clients;
		this.partners = partners;
		this.consents = consents;
		this.coverage = coverage;
	}

	@GetMapping("/cases/{id}/referrals")
	String show(@PathVariable UUID id, Model model) {
		PageErrors.none(model);
		return page(id, new ReferralForm(null, null, List.of(), null), model);
	}

	@PostMapping("/cases/{id}/referrals")
	String refer(@PathVariable UUID id, ReferralForm form, Model model, RedirectAttributes redirect) {
		try {
			referrals.refer(id, form.draft());
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return page(id, form, model);
		} catch (ConflictException e) {
			PageErrors.none(model);
			model.addAttribute("failureText", e.getMessage());
			return page(id, form, model);
		}
		redirect.addFlashAttribute("success", "cooperation.flash.referred");
		return "redirect:/cases/" + id + "/referrals";
	}

	@PostMapping("/cases/{id}/referrals/{referralId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID referralId, RedirectAttributes redirect) {
		try {
			referrals.answer(referralId, "WITHDRAWN", null, null, null);
			redirect.addFlashAttribute("success", "cooperation.flash.withdrawn");
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
		}
		return "redirect:/cases/" + id + "/referrals";
	}

	/** The consent check for the chosen partner and categories, as a fragment for htmx. */
	@GetMapping("/cases/{id}/referrals/check")
	String check(@PathVariable UUID id, @RequestParam(required = false) String partnerId,
			@RequestParam(required = false) List<String> dataCategories, Model model) {
		CaseSummary c = visibleCase(id);
		model.addAttribute("check", check(c.clientId(), partnerId, dataCategories));
		return "cooperation/referrals :: check";
	}

	private String page(UUID id, ReferralForm form, Model model) {
		CaseSummary c = visibleCase(id);
		coverage.addTo(model, c);
		model.addAttribute("referrals", referrals.ofCase(id));
		model.addAttribute("legalDomains", LegalDomain.values());
		model.addAttribute("lifeDomains", LifeDomain.values());
		model.addAttribute("form", form);
		model.addAttribute("check", check(c.clientId(), form.partnerId(), form.dataCategories()));
		return "cooperation/referrals";
	}

	private Check check(UUID clientId, String partnerId, List<String> categoryNames) {
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		for (String name : categoryNames == null ? List.<String>of() : categoryNames) {
			try {
				categories.add(DataCategory.valueOf(name));
			} catch (IllegalArgumentException e) {
				// unknown categories are reported when the form is sent
			}
		}
		Partner partner;
		try {
			partner = partnerId == null || partnerId.isBlank() ? null : partners.find(UUID.fromString(partnerId)).orElse(null);
		} catch (IllegalArgumentException e) {
			partner = null;
		}
		if (partner == null || categories.isEmpty()) {
			return new Check(false, true, null, Set.of());
		}
		ConsentCheck result = consents.covering(clientId, List.of(Recipient.partner(partner.id())), categories, consents.today());
		return new Check(result.covered(), false, partner.name(), result.missingCategories());
	}

	private CaseSummary visibleCase(UUID id) {
		return cases.find(CaseId.of(id)).orElseThrow(() -> new NotFoundException("Der Fall"));
	}

	/** The live consent check: nothing chosen yet, covered, or what is missing. */
	record Check(boolean covered, boolean incomplete, String partnerName, Set<DataCategory> missing) {
	}

	record ReferralForm(String partnerId, String domain, List<String> dataCategories, String note, String residence,
			String educationWork, String health, String family, String finances) {

		ReferralForm(String partnerId, String domain, List<String> dataCategories, String note) {
			this(partnerId, domain, dataCategories, note, null, null, null, null, null);
		}

		/** What is said about each category goes only with a chosen category. */
		ReferralDraft draft() {
			Map<String, String> details = new LinkedHashMap<>();
			put(details, DataCategory.RESIDENCE, residence);
			put(details, DataCategory.EDUCATION_WORK, educationWork);
			put(details, DataCategory.HEALTH, health);
			put(details, DataCategory.FAMILY, family);
			put(details, DataCategory.FINANCES, finances);
			return new ReferralDraft(partnerId, domain, dataCategories, note, details);
		}

		private void put(Map<String, String> details, DataCategory category, String text) {
			if (text != null && !text.isBlank() && hasCategory(category)) {
				details.put(category.name(), text);
			}
		}

		public boolean hasCategory(Object category) {
			return dataCategories != null && dataCategories.contains(String.valueOf(category));
		}
	}
}
