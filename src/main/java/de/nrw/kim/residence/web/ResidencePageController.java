package de.nrw.kim.residence.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.residence.ResidenceType;
import de.nrw.kim.residence.internal.ResidenceAccess;
import de.nrw.kim.residence.internal.ResidenceFacts;
import de.nrw.kim.residence.internal.ResidenceService;
import de.nrw.kim.residence.internal.ResidenceStatus;
import de.nrw.kim.residence.internal.StatusDraft;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The residence page of a client: perspective hints (help to check, never a decision), the statuses
 * with add, edit and delete (after confirmation), the facts form and the full history.
 */
@Controller
@RequestMapping("/clients/{id}/residence")
class ResidencePageController {

	static final String VIEW = "residence/client";

	private final ResidenceService residence;
	private final ResidenceAccess access;

	ResidencePageController(ResidenceService residence, ResidenceAccess access) {
		this.residence = residence;
		this.access = access;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		FormErrors.none(model);
		return page(id, StatusForm.empty(), null, model);
	}

	@PostMapping("/statuses")
	String add(@PathVariable UUID id, StatusForm form, Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		try {
			StatusDraft draft = form.draft(errors);
			if (draft != null) {
				residence.add(id, draft);
				redirect.addFlashAttribute("success", "residence.flash.added");
				return "redirect:/clients/" + id + "/residence";
			}
		} catch (ValidationException e) {
			errors.add(e);
		}
		errors.addTo(model);
		return page(id, form, null, model);
	}

	@GetMapping("/statuses/{statusId}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID statusId, Model model) {
		FormErrors.none(model);
		return editPage(id, statusId, StatusForm.of(find(id, statusId)), false, model);
	}

	@PostMapping("/statuses/{statusId}")
	String update(@PathVariable UUID id, @PathVariable UUID statusId, StatusForm form, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		try {
			Integer version = errors.number("version", form.version());
			StatusDraft draft = form.draft(errors);
			if (draft != null) {
				residence.update(id, statusId, version, draft);
				redirect.addFlashAttribute("success", "residence.flash.updated");
				return "redirect:/clients/" + id + "/residence";
			}
		} catch (ValidationException e) {
			errors.add(e);
		} catch (StaleVersionException e) {
			FormErrors.none(model);
			return editPage(id, statusId, form, true, model);
		}
		errors.addTo(model);
		return editPage(id, statusId, form, false, model);
	}

	@GetMapping("/statuses/{statusId}/delete")
	String confirmDelete(@PathVariable UUID id, @PathVariable UUID statusId, Model model) {
		ClientSummary client = access.client(id);
		model.addAttribute("client", client);
		model.addAttribute("status", find(id, statusId));
		return "residence/delete";
	}

	@PostMapping("/statuses/{statusId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID statusId, String version, RedirectAttributes redirect) {
		Integer parsed = new FormErrors().number("version", version);
		try {
			residence.delete(id, statusId, parsed);
			redirect.addFlashAttribute("success", "residence.flash.deleted");
		} catch (StaleVersionException | ValidationException e) {
			redirect.addFlashAttribute("failure", "residence.flash.stale");
		}
		return "redirect:/clients/" + id + "/residence";
	}

	@PostMapping("/facts")
	String saveFacts(@PathVariable UUID id, FactsForm form, Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		try {
			ResidenceFacts facts = form.facts(id, errors);
			if (facts != null) {
				residence.saveFacts(id, errors.number("version", form.version()), facts);
				redirect.addFlashAttribute("success", "residence.flash.factsSaved");
				return "redirect:/clients/" + id + "/residence#facts";
			}
		} catch (ValidationException e) {
			errors.add(e);
		} catch (StaleVersionException e) {
			redirect.addFlashAttribute("failure", "residence.flash.stale");
			return "redirect:/clients/" + id + "/residence#facts";
		}
		errors.addTo(model);
		return page(id, StatusForm.empty(), form, model);
	}

	private String page(UUID id, StatusForm statusForm, FactsForm factsForm, Model model) {
		ClientSummary client = access.client(id);
		List<ResidenceStatus> statuses = residence.statuses(id);
		ResidenceService.FactsView facts = residence.facts(id);
		model.addAttribute("client", client);
		model.addAttribute("statuses", statuses);
		model.addAttribute("hints", residence.perspectives(id, null));
		model.addAttribute("domainChanges", residence.domainChanges(id));
		model.addAttribute("history", residence.history(id).stream().map(HistoryRow::of).toList());
		model.addAttribute("caseManager", de.nrw.kim.platform.CurrentUser.require().has(de.nrw.kim.platform.Role.CASE_MANAGER));
		model.addAttribute("factsView", facts);
		model.addAttribute("form", statusForm);
		model.addAttribute("factsForm", factsForm == null ? FactsForm.of(facts) : factsForm);
		model.addAttribute("today", residence.today());
		choices(model);
		return VIEW;
	}

	private String editPage(UUID id, UUID statusId, StatusForm form, boolean stale, Model model) {
		model.addAttribute("client", access.client(id));
		model.addAttribute("statusId", statusId);
		model.addAttribute("form", form);
		model.addAttribute("stale", stale);
		choices(model);
		return "residence/edit";
	}

	private ResidenceStatus find(UUID id, UUID statusId) {
		return residence.statuses(id).stream().filter(s -> s.id().equals(statusId)).findFirst()
				.orElseThrow(() -> new de.nrw.kim.platform.NotFoundException("Der Aufenthaltsstatus"));
	}

	private static void choices(Model model) {
		model.addAttribute("types", Arrays.stream(ResidenceType.values()).map(Enum::name).toList());
		model.addAttribute("schoolValues", names(ResidenceFacts.SchoolAttendance.values()));
		model.addAttribute("levels", names(ResidenceFacts.LanguageLevel.values()));
		model.addAttribute("answers", names(ResidenceFacts.Answer.values()));
		model.addAttribute("records", names(ResidenceFacts.CriminalRecord.values()));
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	/** A revision with its time in the server's zone, for the template. */
	record HistoryRow(java.time.LocalDateTime changedAt, String change, ResidenceType type, java.time.LocalDate validFrom,
			java.time.LocalDate validUntil, String changedBy) {

		static HistoryRow of(de.nrw.kim.residence.internal.ResidenceStatuses.Revision r) {
			return new HistoryRow(java.time.LocalDateTime.ofInstant(r.changedAt(), de.nrw.kim.residence.internal.OfficeTime.ZONE), r.change(),
					r.type(), r.validFrom(), r.validUntil(), r.changedBy());
		}
	}

	record StatusForm(String type, String validFrom, String validUntil, String issuingOffice, String conditions,
			String mayOverlap, String version) {

		static StatusForm empty() {
			return new StatusForm(null, null, null, null, null, null, null);
		}

		static StatusForm of(ResidenceStatus s) {
			return new StatusForm(s.type().name(), s.validFrom().toString(),
					s.validUntil() == null ? null : s.validUntil().toString(), s.issuingOffice(), s.conditions(),
					s.mayOverlap() ? "true" : null, String.valueOf(s.version()));
		}

		public boolean overlapAllowed() {
			return "true".equals(mayOverlap);
		}

		/** The draft, or null with the parse errors recorded; the draft's own rules throw. */
		StatusDraft draft(FormErrors errors) {
			ResidenceType parsedType = errors.choice("type", type, ResidenceType.class, "Bitte die Art des Aufenthaltsstatus angeben.");
			var from = errors.date("validFrom", validFrom, true);
			var until = errors.date("validUntil", validUntil, false);
			if (errors.any()) {
				try {
					new StatusDraft(parsedType, from, until, issuingOffice, conditions, overlapAllowed());
				} catch (ValidationException e) {
					errors.add(e);
				}
				return null;
			}
			return new StatusDraft(parsedType, from, until, issuingOffice, conditions, overlapAllowed());
		}
	}

	record FactsForm(String schoolAttendance, String languageLevel, String languageLevelOn, String livelihoodSecured,
			String minorChildren, String criminalRecord, String version) {

		static FactsForm of(ResidenceService.FactsView v) {
			ResidenceFacts f = v.facts();
			return new FactsForm(f.schoolAttendance().name(), f.languageLevel() == null ? null : f.languageLevel().name(),
					f.languageLevelOn() == null ? null : f.languageLevelOn().toString(), f.livelihoodSecured().name(),
					f.minorChildren().name(), f.criminalRecord().name(), f.version() < 0 ? null : String.valueOf(f.version()));
		}

		ResidenceFacts facts(UUID clientId, FormErrors errors) {
			var school = errors.choice("schoolAttendance", schoolAttendance, ResidenceFacts.SchoolAttendance.class, "Bitte eine Angabe wählen (auch „unbekannt“).");
			var level = errors.choice("languageLevel", languageLevel, ResidenceFacts.LanguageLevel.class, null);
			var levelOn = errors.date("languageLevelOn", languageLevelOn, false);
			var livelihood = errors.choice("livelihoodSecured", livelihoodSecured, ResidenceFacts.Answer.class, "Bitte eine Angabe wählen (auch „unbekannt“).");
			var children = errors.choice("minorChildren", minorChildren, ResidenceFacts.Answer.class, "Bitte eine Angabe wählen (auch „unbekannt“).");
			var record = errors.choice("criminalRecord", criminalRecord, ResidenceFacts.CriminalRecord.class, "Bitte eine Angabe wählen (auch „unbekannt“).");
			if (errors.any()) {
				return null;
			}
			return new ResidenceFacts(clientId, school, level, levelOn, livelihood, children, record, 0);
		}
	}
}
