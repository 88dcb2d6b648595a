package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.funding.budget.BudgetService;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.grant.GrantService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Budget vs statutory minimum vs committed, per year; the ministry enters index changes and budget. */
@Controller
@RequestMapping("/funding/budget")
class BudgetPageController implements FundingPage {

	static final int FIRST_YEAR = 2022;

	private final BudgetService budget;
	private final GrantService grants;

	BudgetPageController(BudgetService budget, GrantService grants) {
		this.budget = budget;
		this.grants = grants;
	}

	@GetMapping
	String overview(Model model) {
		List<BudgetService.Budget> years = new ArrayList<>();
		for (int year = FIRST_YEAR; year <= grants.today().getYear() + 1; year++) {
			years.add(budget.of(year));
		}
		model.addAttribute("years", years);
		model.addAttribute("canEdit", CurrentUser.require().has(Role.MINISTRY_ANALYST));
		return "funding/budget";
	}

	@GetMapping("/{year}")
	String edit(@PathVariable int year, Model model) {
		BudgetService.Budget b = budget.of(year);
		return form(model, b, new BudgetForm(text(b.tvlPayRisePercent()), text(b.cpiHousingEnergyPercent()),
				b.kimBudget() == null ? "" : b.kimBudget().toString(), b.note() == null ? "" : b.note(),
				b.version() == null ? "" : String.valueOf(b.version())), new Inputs());
	}

	@PostMapping("/{year}")
	String save(@PathVariable int year, @ModelAttribute BudgetForm form, Model model, RedirectAttributes redirect) {
		Inputs inputs = new Inputs();
		try {
			BigDecimal tvl = inputs.number("tvlPayRisePercent", form.tvlPayRisePercent());
			BigDecimal cpi = inputs.number("cpiHousingEnergyPercent", form.cpiHousingEnergyPercent());
			BudgetApiController.percent(inputs, "tvlPayRisePercent", tvl);
			BudgetApiController.percent(inputs, "cpiHousingEnergyPercent", cpi);
			Money kim = inputs.money("kimBudget", form.kimBudget(), false);
			String note = inputs.text("note", form.note(), 500, false);
			Integer version = inputs.integer("version", form.version());
			inputs.throwIfAny();
			budget.set(year, tvl, cpi, kim, note, version);
		} catch (ValidationException e) {
			return form(model, budget.of(year), form, FormErrors.from(inputs, e));
		} catch (ConflictException e) {
			model.addAttribute("conflict", e.getMessage());
			return form(model, budget.of(year), form, inputs);
		}
		redirect.addFlashAttribute("saved", year);
		return "redirect:/funding/budget";
	}

	private static String form(Model model, BudgetService.Budget b, BudgetForm form, Inputs inputs) {
		model.addAttribute("budget", b);
		model.addAttribute("form", form);
		model.addAttribute("errors", FormErrors.map(inputs));
		return "funding/budget-year";
	}

	private static String text(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	record BudgetForm(String tvlPayRisePercent, String cpiHousingEnergyPercent, String kimBudget, String note,
			String version) {
	}
}
