package de.nrw.kim.funding.web;

import java.util.UUID;

import de.nrw.kim.funding.domain.FundingGuideline;
import de.nrw.kim.funding.domain.YearRates;
import de.nrw.kim.funding.guideline.GuidelineService;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guideline versions and rates as a page; the grant officer edits the rates of a year. */
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
