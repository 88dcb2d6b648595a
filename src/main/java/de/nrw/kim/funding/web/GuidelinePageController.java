package de.nrw.kim.funding.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import de.nrw.kim.funding.domain.FundingGuideline;
import de.nrw.kim.funding.domain.YearRates;
import de.nrw.kim.funding.guideline.GuidelineService;
import de.nrw.kim.funding.rules.RuleSets;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guideline versions and rates as a page; the grant officer adds a version, extends one and edits
 * the rates of a year.
 */
@Controller
@RequestMapping("/funding/guidelines")
class GuidelinePageController implements FundingPage {

	private final GuidelineService guidelines;

	GuidelinePageController(GuidelineService guidelines) {
		this.guidelines = guidelines;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("guidelines", guidelines.all());
		model.addAttribute("canEdit", CurrentUser.require().has(Role.GRANT_OFFICER));
		return "funding/guidelines";
	}

	@GetMapping("/new")
	String newGuideline(Model model) {
		requireGrantOfficer();
		return newPage(model, GuidelineForm.empty(), new Inputs());
	}

	@PostMapping("/new")
	String create(@ModelAttribute GuidelineForm form, Model model, RedirectAttributes redirect) {
		Inputs inputs = new Inputs();
		try {
			LocalDate validFrom = inputs.date("validFrom", form.validFrom());
			LocalDate validTo = inputs.date("validTo", form.validTo());
			inputs.throwIfAny();
			FundingGuideline created = guidelines.create(blankToNull(form.code()), form.title(), form.legalReference(),
					validFrom, validTo, blankToNull(form.ruleSet()));
			redirect.addFlashAttribute("created", created.code());
			return "redirect:/funding/guidelines";
		} catch (ValidationException e) {
			return newPage(model, form, FormErrors.from(inputs, e));
		}
	}

	@GetMapping("/{id}/extend")
	String extension(@PathVariable UUID id, Model model) {
		requireGrantOfficer();
		FundingGuideline guideline = guidelines.get(id);
		return extendPage(model, guideline, ExtensionForm.of(guideline), new Inputs());
	}

	/**
	 * Extends the validity. The form carries the end the officer saw: if someone extended the version
	 * in between, the new end would be decided on stale facts, so it is refused like a stale version.
	 */
	@PostMapping("/{id}/extend")
	String extend(@PathVariable UUID id, @ModelAttribute ExtensionForm form, Model model, RedirectAttributes redirect) {
		FundingGuideline guideline = guidelines.get(id);
		Inputs inputs = new Inputs();
		try {
			LocalDate seenValidTo = inputs.date("knownValidTo", form.knownValidTo());
			LocalDate validTo = inputs.date("validTo", form.validTo());
			LocalDate decidedOn = inputs.date("decidedOn", form.decidedOn());
			inputs.throwIfAny();
			if (!Objects.equals(seenValidTo, guideline.validTo())) {
				throw new StaleVersionException();
			}
			guidelines.extend(id, validTo, form.legalReference(), decidedOn);
			redirect.addFlashAttribute("extended", guideline.code());
			return "redirect:/funding/guidelines";
		} catch (ValidationException e) {
			return extendPage(model, guideline, form, FormErrors.from(inputs, e));
		} catch (ConflictException e) {
			model.addAttribute("conflict", e.getMessage());
			return extendPage(model, guideline, ExtensionForm.of(guideline).withInput(form), inputs);
		}
	}

	@GetMapping("/{id}/rates/new")
	String newYear(@PathVariable UUID id, @RequestParam int year) {
		return "redirect:/funding/guidelines/" + id + "/rates/" + year;
	}

	@GetMapping("/{id}/rates/{year}")
	String edit(@PathVariable UUID id, @PathVariable int year, Model model) {
		FundingGuideline guideline = guidelines.get(id);
		RatesForm form = guideline.rate(year).map(r -> RatesForm.of(r)).orElseGet(RatesForm::empty);
		return editPage(model, guideline, year, form, new Inputs());
	}

	@PostMapping("/{id}/rates/{year}")
	String save(@PathVariable UUID id, @PathVariable int year, @ModelAttribute RatesForm form, Model model,
			RedirectAttributes redirect) {
		FundingGuideline guideline = guidelines.get(id);
		Inputs inputs = new Inputs();
		try {
			var rate = inputs.money("ratePerFte", form.ratePerFte(), true);
			var admin = inputs.money("adminAssistanceRate", form.adminAssistanceRate(), true);
			var equipment = inputs.money("equipmentPerFte", form.equipmentPerFte(), true);
			Integer version = inputs.integer("version", form.version());
			inputs.throwIfAny();
			guidelines.setRates(id, new YearRates(year, rate, admin, equipment), version);
		} catch (ValidationException e) {
			return editPage(model, guideline, year, form, FormErrors.from(inputs, e));
		} catch (ConflictException e) {
			model.addAttribute("conflict", e.getMessage());
			return editPage(model, guideline, year, form, inputs);
		}
		redirect.addFlashAttribute("saved", year);
		return "redirect:/funding/guidelines";
	}

	private static String newPage(Model model, GuidelineForm form, Inputs inputs) {
		model.addAttribute("form", form);
		model.addAttribute("ruleSets", new TreeSet<>(RuleSets.codes()));
		model.addAttribute("errors", FormErrors.map(inputs));
		return "funding/guideline-new";
	}

	private static String extendPage(Model model, FundingGuideline guideline, ExtensionForm form, Inputs inputs) {
		model.addAttribute("guideline", guideline);
		model.addAttribute("form", form);
		model.addAttribute("errors", FormErrors.map(inputs));
		return "funding/guideline-extend";
	}

	/** The forms are the grant authority's; others get 403 at once rather than a form they cannot send. */
	private static void requireGrantOfficer() {
		if (!CurrentUser.require().has(Role.GRANT_OFFICER)) {
			throw new AccessDeniedException("Nur die Bewilligungsbehörde pflegt die Förderrichtlinie.");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A new guideline version as typed: text fields, so a bad date is shown at its field. */
	record GuidelineForm(String code, String title, String legalReference, String validFrom, String validTo,
			String ruleSet) {

		static GuidelineForm empty() {
			return new GuidelineForm("", "", "", "", "", "");
		}
	}

	/** An extension as typed, with the end of validity the officer saw when the form was opened. */
	record ExtensionForm(String knownValidTo, String validTo, String legalReference, String decidedOn) {

		static ExtensionForm of(FundingGuideline guideline) {
			return new ExtensionForm(guideline.validTo() == null ? "" : guideline.validTo().toString(), "", "", "");
		}

		ExtensionForm withInput(ExtensionForm typed) {
			return new ExtensionForm(knownValidTo, typed.validTo(), typed.legalReference(), typed.decidedOn());
		}
	}

	private static String editPage(Model model, FundingGuideline guideline, int year, RatesForm form, Inputs inputs) {
		model.addAttribute("guideline", guideline);
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("errors", FormErrors.map(inputs));
		return "funding/guideline-rates";
	}

	/** The rate form: text fields, so a typo is shown at its field instead of failing the binding. */
	record RatesForm(String ratePerFte, String adminAssistanceRate, String equipmentPerFte, String version) {

		static RatesForm of(FundingGuideline.Rate rate) {
			return new RatesForm(rate.rates().ratePerFte().toString(), rate.rates().adminAssistanceRate().toString(),
					rate.rates().equipmentPerFte().toString(), String.valueOf(rate.version()));
		}

		static RatesForm empty() {
			return new RatesForm("", "", "", "");
		}
	}
}
