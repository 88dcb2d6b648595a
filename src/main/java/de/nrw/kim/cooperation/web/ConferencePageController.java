package de.nrw.kim.cooperation.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.consent.Consents;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;
import de.nrw.kim.cooperation.internal.Conference;
import de.nrw.kim.cooperation.internal.ConferenceDraft;
import de.nrw.kim.cooperation.internal.ConferenceService;
import de.nrw.kim.cooperation.internal.DecisionDraft;
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
 * Case conferences on a case: the form with a live check per chosen partner (does a consent cover
 * every chosen category?), the list, and one conference's page with minutes and decisions.
 */
@Controller
class ConferencePageController {

	private final ConferenceService conferences;
	private final CaseWork cases;
	private final ClientDirectory clients;
	private final Partners partners;
	private final Consents consents;
	private final PartnerCoverage coverage;

	ConferencePageController(ConferenceService conferences, CaseWork cases, ClientDirectory clients, Partners partners,
			Consents consents, PartnerCoverage coverage) {
		this.conferences = conferences;
		this.cases = cases;
		this.clients = clients;
		this.partners = partners;
		this.consents = consents;
		this.coverage = coverage;
	}

	@GetMapping("/cases/{id}/conferences")
	String show(@PathVariable UUID id, Model model) {
		PageErrors.none(model);
		return page(id, new ConferenceForm(consents.today().toString(), List.of(), null, List.of(), null), model);
	}

	@PostMapping("/cases/{id}/conferences")
	String hold(@PathVariable UUID id, ConferenceForm form, Model model, RedirectAttributes redirect) {
		Conference conference;
		try {
			conference = conferences.hold(id, form.draft());
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return page(id, form, model);
		} catch (ConflictException e) {
			PageErrors.none(model);
			model.addAttribute("failureText", e.getMessage());
			return page(id, form, model);
		}
		redirect.addFlashAttribute("success", "cooperation.flash.conferenceHeld");
		return "redirect:/conferences/" + conference.id();
	}

	/** The consent check per chosen partner, as a fragment for htmx. */
	@GetMapping("/cases/{id}/conferences/check")
	String check(@PathVariable UUID id, @RequestParam(required = false) String on,
			@RequestParam(required = false) List<String> partnerIds, @RequestParam(required = false) List<String> dataCategories,
			Model model) {
		CaseSummary c = visibleCase(id);
		model.addAttribute("checks", checks(c.clientId(), on, partnerIds, dataCategories));
		return "cooperation/conferences :: check";
	}

	@GetMapping("/conferences/{id}")
	String conference(@PathVariable UUID id, Model model) {
		PageErrors.none(model);
		return conferencePage(conferences.read(id), null, new DecisionForm(null, null, null), model);
	}

	@PostMapping("/conferences/{id}/minutes")
	String minutes(@PathVariable UUID id, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		try {
			conferences.writeMinutes(id, minutes, version);
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return conferencePage(conferences.read(id), minutes, new DecisionForm(null, null, null), model);
		} catch (ConflictException e) {
			PageErrors.none(model);
			model.addAttribute("failureText", e.getMessage());
			return conferencePage(conferences.read(id), minutes, new DecisionForm(null, null, null), model);
		}
		redirect.addFlashAttribute("success", "cooperation.flash.minutesSaved");
		return "redirect:/conferences/" + id;
	}

	@PostMapping("/conferences/{id}/decisions")
	String decide(@PathVariable UUID id, DecisionForm form, Model model, RedirectAttributes redirect) {
		try {
			conferences.decide(id, new DecisionDraft(form.text(), form.responsible(), form.dueOn()));
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return conferencePage(conferences.read(id), null, form, model);
		} catch (ConflictException e) {
			PageErrors.none(model);
			model.addAttribute("failureText", e.getMessage());
			return conferencePage(conferences.read(id), null, form, model);
		}
		redirect.addFlashAttribute("success", "cooperation.flash.decided");
		return "redirect:/conferences/" + id;
	}

	private String page(UUID id, ConferenceForm form, Model model) {
		CaseSummary c = visibleCase(id);
		coverage.addTo(model, c);
		model.addAttribute("conferences", conferences.ofCase(id));
		model.addAttribute("form", form);
		model.addAttribute("checks", checks(c.clientId(), form.on(), form.partnerIds(), form.dataCategories()));
		return "cooperation/conferences";
	}

	private String conferencePage(Conference conference, String minutesDraft, DecisionForm form, Model model) {
		CaseSummary c = visibleCase(conference.caseId());
		model.addAttribute("caseSummary", c);
		model.addAttribute("clientName", clients.find(c.clientId()).map(x -> x.displayName()).orElse(null));
		model.addAttribute("conference", conference);
		model.addAttribute("minutesText", minutesDraft != null ? minutesDraft : conference.minutes());
		model.addAttribute("history", conferences.minutesHistory(conference.id()));
		model.addAttribute("form", form);
		return "cooperation/conference";
	}

	/** For each chosen partner: covered, or the categories no consent releases to it on the day. */
	private List<PartnerCheck> checks(UUID clientId, String on, List<String> partnerIds, List<String> categoryNames) {
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		for (String name : categoryNames == null ? List.<String>of() : categoryNames) {
			try {
				categories.add(DataCategory.valueOf(name));
			} catch (IllegalArgumentException e) {
				// unknown categories are reported when the form is sent
			}
		}
		java.time.LocalDate day;
		try {
			day = on == null || on.isBlank() ? consents.today() : java.time.LocalDate.parse(on.strip());
		} catch (java.time.format.DateTimeParseException e) {
			day = consents.today();
		}
		List<PartnerCheck> checks = new ArrayList<>();
		if (categories.isEmpty()) {
			return checks;
		}
		for (String partnerId : partnerIds == null ? List.<String>of() : partnerIds) {
			Partner partner;
			try {
				partner = partners.find(UUID.fromString(partnerId)).orElse(null);
			} catch (IllegalArgumentException e) {
				partner = null;
			}
			if (partner != null) {
				Set<DataCategory> missing = EnumSet.copyOf(categories);
				missing.removeAll(consents.coveredCategories(clientId, Recipient.partner(partner.id()), day));
				boolean covered = consents.covering(clientId, List.of(Recipient.partner(partner.id())), categories, day).covered();
				checks.add(new PartnerCheck(partner.name(), covered, missing));
			}
		}
		return checks;
	}

	private CaseSummary visibleCase(UUID id) {
		return cases.find(CaseId.of(id)).orElseThrow(() -> new NotFoundException("Der Fall"));
	}

	record PartnerCheck(String partnerName, boolean covered, Set<DataCategory> missing) {
	}

	record ConferenceForm(String on, List<String> partnerIds, String internalParticipants, List<String> dataCategories,
			String agenda) {

		ConferenceDraft draft() {
			List<String> names = internalParticipants == null ? List.of()
					: internalParticipants.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
			return new ConferenceDraft(on, partnerIds, names, dataCategories, agenda);
		}

		public boolean hasPartner(Object id) {
			return partnerIds != null && partnerIds.contains(String.valueOf(id));
		}

		public boolean hasCategory(Object category) {
			return dataCategories != null && dataCategories.contains(String.valueOf(category));
		}
	}

	record DecisionForm(String text, String responsible, String dueOn) {
	}
}
