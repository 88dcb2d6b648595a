package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.funding.domain.FundingGuideline;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.YearRates;
import de.nrw.kim.funding.guideline.GuidelineService;
import de.nrw.kim.funding.domain.Pages;
import de.nrw.kim.funding.history.FundingHistory;
import de.nrw.kim.funding.rules.RuleSets;
import de.nrw.kim.platform.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Funding": guideline versions and their rates; the grant authority keeps them. */
@RestController
@RequestMapping("/api/v1/funding/guidelines")
@Tag(name = "Förderung – Richtlinien")
class GuidelineApiController {

	private final GuidelineService guidelines;

	GuidelineApiController(GuidelineService guidelines) {
		this.guidelines = guidelines;
	}

	@GetMapping
	PageResult<GuidelineResponse> list() {
		return Pages.all(guidelines.all().stream().map(GuidelineResponse::of).toList());
	}

	@GetMapping("/{id}")
	GuidelineResponse get(@PathVariable UUID id) {
		return GuidelineResponse.of(guidelines.get(id));
	}

	@GetMapping("/{id}/history")
	PageResult<FundingHistory.Change> history(@PathVariable UUID id) {
		return Pages.all(guidelines.history(id));
	}

	@PostMapping
	ResponseEntity<GuidelineResponse> create(@RequestBody CreateRequest request) {
		FundingGuideline created = guidelines.create(request.code(), request.title(), request.legalReference(),
				request.validFrom(), request.validTo(), request.ruleSet());
		return ResponseEntity.created(URI.create("/api/v1/funding/guidelines/" + created.id()))
				.body(GuidelineResponse.of(created));
	}

	@PutMapping("/{id}/rates/{year}")
	GuidelineResponse setRates(@PathVariable UUID id, @PathVariable int year, @RequestBody RatesRequest request) {
		return GuidelineResponse.of(guidelines.setRates(id, request.validate(year), request.version()));
	}

	@PostMapping("/{id}/extensions")
	ResponseEntity<GuidelineResponse> extend(@PathVariable UUID id, @RequestBody ExtensionRequest request) {
		FundingGuideline extended = guidelines.extend(id, request.validTo(), request.legalReference(), request.decidedOn());
		return ResponseEntity.created(URI.create("/api/v1/funding/guidelines/" + id)).body(GuidelineResponse.of(extended));
	}

	record CreateRequest(String code, String title, String legalReference, LocalDate validFrom, LocalDate validTo,
			String ruleSet) {
	}

	record ExtensionRequest(LocalDate validTo, String legalReference, LocalDate decidedOn) {
	}

	record RatesRequest(BigDecimal ratePerFte, BigDecimal adminAssistanceRate, BigDecimal equipmentPerFte,
			Integer version) {

		YearRates validate(int year) {
			Inputs inputs = new Inputs();
			if (year < 2000 || year > 2100) {
				inputs.error("year", "Das Förderjahr muss zwischen 2000 und 2100 liegen.");
			}
			Money rate = inputs.money("ratePerFte", ratePerFte, true);
			Money admin = inputs.money("adminAssistanceRate", adminAssistanceRate, true);
			Money equipment = inputs.money("equipmentPerFte", equipmentPerFte, true);
			inputs.throwIfAny();
			return new YearRates(year, rate, admin, equipment);
		}
	}

	record GuidelineResponse(UUID id, String code, String title, String legalReference, LocalDate validFrom,
			LocalDate validTo, LocalDate originalValidTo, String ruleSet, List<String> rules,
			List<ExtensionResponse> extensions, List<RateResponse> rates) {

		static GuidelineResponse of(FundingGuideline g) {
			return new GuidelineResponse(g.id(), g.code(), g.title(), g.legalReference(), g.validFrom(), g.validTo(),
					g.originalValidTo(), g.ruleSet(), RuleSets.of(g.ruleSet()).ruleNames(),
					g.extensions().stream().map(e -> new ExtensionResponse(e.validTo(), e.legalReference(), e.decidedOn()))
							.toList(),
					g.rates().stream().map(RateResponse::of).toList());
		}
	}

	record ExtensionResponse(LocalDate validTo, String legalReference, LocalDate decidedOn) {
	}

	record RateResponse(int year, Money ratePerFte, Money adminAssistanceRate, Money equipmentPerFte, int version,
			Instant updatedAt, String updatedBy) {

		static RateResponse of(FundingGuideline.Rate rate) {
			YearRates r = rate.rates();
			return new RateResponse(r.year(), r.ratePerFte(), r.adminAssistanceRate(), r.equipmentPerFte(),
					rate.version(), rate.updatedAt(), rate.updatedBy());
		}
	}
}
