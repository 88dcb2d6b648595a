package de.nrw.kim.funding.web;

import java.math.BigDecimal;

import de.nrw.kim.funding.budget.BudgetService;
import de.nrw.kim.funding.domain.Money;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Funding": the budget of a year against the statutory minimum of § 3 (2) TIntG. */
@RestController
@RequestMapping("/api/v1/funding/budget")
@Tag(name = "Förderung – Haushalt")
class BudgetApiController {

	private final BudgetService budget;

	BudgetApiController(BudgetService budget) {
		this.budget = budget;
	}

	@GetMapping
	BudgetService.Budget get(@RequestParam int year) {
		return budget.of(year);
	}

	@PutMapping("/{year}")
	BudgetService.Budget set(@PathVariable int year, @RequestBody BudgetRequest request) {
		Inputs inputs = new Inputs();
		Money kim = inputs.money("kimBudget", request.kimBudget(), false);
		percent(inputs, "tvlPayRisePercent", request.tvlPayRisePercent());
		percent(inputs, "cpiHousingEnergyPercent", request.cpiHousingEnergyPercent());
		String note = inputs.text("note", request.note(), 500, false);
		inputs.throwIfAny();
		return budget.set(year, request.tvlPayRisePercent(), request.cpiHousingEnergyPercent(), kim, note, request.version());
	}

	static void percent(Inputs inputs, String field, BigDecimal value) {
		if (value != null && (value.abs().compareTo(new BigDecimal("100")) >= 0 || value.stripTrailingZeros().scale() > 4)) {
			inputs.error(field, "Eine Veränderung in Prozent mit höchstens vier Nachkommastellen, z. B. 5,5.");
		}
	}

	record BudgetRequest(BigDecimal tvlPayRisePercent, BigDecimal cpiHousingEnergyPercent, BigDecimal kimBudget,
			String note, Integer version) {
	}
}
