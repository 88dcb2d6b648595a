package de.nrw.kim.network.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.network.internal.Offer;
import de.nrw.kim.network.internal.OfferDraft;
import de.nrw.kim.network.internal.OfferService;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The offer search, and for the coordination: new offer, change, "still current", delete with confirmation. */
@Controller
class OfferPageController {

	/** Languages offered in the search filter (ISO 639-1); any other code can be stored through the form. */
	static final List<String> COMMON_LANGUAGES = List.of("de", "en", "ar", "uk", "tr", "ru", "fa", "ps", "ku", "ti", "so",
			"fr", "pl", "ro", "bg", "sq", "es");

	private final OfferService offers;
	private final Partners partners;

	OfferPageController(OfferService offers, Partners partners) {
		this.offers = offers;
		this.partners = partners;
	}

	@GetMapping("/offers")
	String search(@RequestParam(required = false) String domain, @RequestParam(required = false) String language,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		LifeDomain d = parse(domain);
		String lang = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
		model.addAttribute("result", offers.search(d, lang, q, Paging.of(page, 20)));
		model.addAttribute("domains", LifeDomain.values());
		model.addAttribute("languages", COMMON_LANGUAGES);
		model.addAttribute("domain", d == null ? "" : d.name());
		model.addAttribute("language", lang == null ? "" : lang);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/offers").queryParam("domain", d == null ? "" : d.name())
				.queryParam("language", lang == null ? "" : lang).queryParam("q", q == null ? "" : q).build().toUriString());
		model.addAttribute("coordinator", CurrentUser.require().has(Role.COORDINATOR));
		model.addAttribute("today", offers.today());
		model.addAttribute("staleAfterDays", offers.staleAfterDays());
		return "network/offers";
	}

	@GetMapping("/offers/new")
	@PreAuthorize("hasRole('COORDINATOR')")
	String newOffer(Model model) {
		PageErrors.none(model);
		return form(model, new OfferForm(null, null, null, null, null, null, null, null, null, null, null), null, null);
	}

	@PostMapping("/offers/new")
	String create(OfferForm form, Model model, RedirectAttributes redirect) {
		try {
			offers.create(form.draft());
			redirect.addFlashAttribute("success", "network.offer.flash.created");
			return "redirect:/offers";
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return form(model, form, null, null);
		}
	}

	@GetMapping("/offers/{id}/edit")
	@PreAuthorize("hasRole('COORDINATOR')")
	String edit(@PathVariable UUID id, Model model) {
		Offer o = offers.read(id);
		PageErrors.none(model);
		return form(model, new OfferForm(o.partnerId().toString(), o.title(), o.domain().name(), String.join(", ", o.languages()),
				o.targetGroup(), o.location(), o.openingHours(), o.capacity() == null ? null : o.capacity().toString(),
				o.waitingWeeks() == null ? null : o.waitingWeeks().toString(), o.cost(), o.accessibility()), id, o.version());
	}

	@PostMapping("/offers/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam(required = false) Integer version, OfferForm form, Model model,
			RedirectAttributes redirect) {
		try {
			offers.update(id, version, form.draft());
			redirect.addFlashAttribute("success", "network.offer.flash.updated");
			return "redirect:/offers";
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return form(model, form, id, version);
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
			return "redirect:/offers/" + id + "/edit";
		}
	}

	@PostMapping("/offers/{id}/checked")
	String checked(@PathVariable UUID id, RedirectAttributes redirect) {
		offers.markChecked(id);
		redirect.addFlashAttribute("success", "network.offer.flash.checked");
		return "redirect:/offers";
	}

	@GetMapping("/offers/{id}/delete")
	@PreAuthorize("hasRole('COORDINATOR')")
	String confirmDelete(@PathVariable UUID id, Model model) {
		model.addAttribute("offer", offers.read(id));
		return "network/offer-delete";
	}

	@PostMapping("/offers/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		offers.delete(id);
		redirect.addFlashAttribute("success", "network.offer.flash.deleted");
		return "redirect:/offers";
	}

	private String form(Model model, OfferForm form, UUID offerId, Integer version) {
		model.addAttribute("form", form);
		model.addAttribute("offerId", offerId);
		model.addAttribute("version", version);
		model.addAttribute("partners", partners.confirmed());
		model.addAttribute("domains", java.util.Arrays.stream(LifeDomain.values()).map(Enum::name).toList());
		return "network/offer-form";
	}

	static LifeDomain parse(String domain) {
		if (domain == null || domain.isBlank()) {
			return null;
		}
		return java.util.Arrays.stream(LifeDomain.values()).filter(d -> d.name().equals(domain.strip())).findFirst().orElse(null);
	}

	record OfferForm(String partnerId, String title, String domain, String languages, String targetGroup, String location,
			String openingHours, String capacity, String waitingWeeks, String cost, String accessibility) {

		OfferDraft draft() {
			List<String> codes = languages == null ? List.of()
					: java.util.Arrays.stream(languages.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
			return new OfferDraft(partnerId, title, domain, codes, targetGroup, location, openingHours, capacity, waitingWeeks,
					cost, accessibility, null);
		}
	}
}
