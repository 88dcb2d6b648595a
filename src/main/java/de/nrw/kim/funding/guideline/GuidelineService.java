package de.nrw.kim.funding.guideline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.domain.FundingGuideline;
import de.nrw.kim.funding.domain.GuidelineYear;
import de.nrw.kim.funding.domain.YearRates;
import de.nrw.kim.funding.history.FundingHistory;
import de.nrw.kim.funding.rules.RuleSet;
import de.nrw.kim.funding.rules.RuleSets;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guideline versions and their rates: everyone in funding reads them, the grant authority keeps them.
 * Which version and rules govern a year is answered here for every computation.
 */
@Service
public class GuidelineService {

	public static final java.net.URI NO_RATES = ProblemType.of("no-rates");

	private final Guidelines guidelines;
	private final FundingHistory history;
	private final Clock clock;

	GuidelineService(Guidelines guidelines, FundingHistory history, Clock clock) {
		this.guidelines = guidelines;
		this.history = history;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public List<FundingGuideline> all() {
		return guidelines.all();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public FundingGuideline get(UUID id) {
		return guidelines.find(id).orElseThrow(() -> new NotFoundException("Die Richtlinienfassung"));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.STATE_LEVEL)
	public List<FundingHistory.Change> history(UUID id) {
		get(id);
		return history.ofGuideline(id);
	}

	/** The guideline version and rates of a year; 409 {@code no-rates} when none are entered. */
	@Transactional(readOnly = true)
	public GuidelineYear forYear(int year) {
		return guidelines.all().stream()
				.flatMap(g -> g.rate(year).map(rate -> new GuidelineYear(g, rate.rates())).stream())
				.findFirst()
				.orElseThrow(() -> new ConflictException(NO_RATES,
						"Für das Jahr " + year + " sind keine Fördersätze hinterlegt. Die Bewilligungsbehörde trägt sie in der Förderrichtlinie ein."));
	}

	/**
	 * The basis to plan year N (application, notice): the year's own rates where entered; otherwise the
	 * latest rates of the guideline version that covers N, marked provisional — the grant authority
	 * usually sets a year's rates after the applications for it are due.
	 */
	@Transactional(readOnly = true)
	public PlanningBasis forPlanning(int year) {
		List<FundingGuideline> all = guidelines.all();
		for (FundingGuideline g : all) {
			if (g.rate(year).isPresent()) {
				return new PlanningBasis(new GuidelineYear(g, g.rate(year).get().rates()), false);
			}
		}
		return all.stream().filter(g -> g.coversYear(year))
				.flatMap(g -> g.rates().stream().filter(r -> r.rates().year() < year)
						.reduce((a, b) -> b).map(r -> new PlanningBasis(new GuidelineYear(g, r.rates()), true)).stream())
				.reduce((a, b) -> b)
				.orElseThrow(() -> new ConflictException(NO_RATES, "Für das Jahr " + year
						+ " gilt keine Fassung der Förderrichtlinie mit Fördersätzen."));
	}

	/** Rates to plan with; {@code provisional} when they are an earlier year's rates. */
	public record PlanningBasis(GuidelineYear basis, boolean provisional) {

		public String label() {
			return provisional ? basis.label() + " – vorläufig nach den Sätzen " + basis.year() : basis.label();
		}
	}

	public RuleSet ruleSet(GuidelineYear basis) {
		return RuleSets.of(basis.guideline().ruleSet());
	}

	/** Sets the rates of a year: new ones for a year the version covers, or changes with {@code version}. */
	@Transactional
	@PreAuthorize(FundingAuthorities.GRANT_OFFICER)
	public FundingGuideline setRates(UUID id, YearRates rates, Integer version) {
		FundingGuideline guideline = get(id);
		String actor = CurrentUser.require().username();
		if (guideline.rate(rates.year()).isPresent()) {
			if (version == null) {
				throw new ValidationException("version", "Bitte die Version mitsenden, die Sie zuletzt gelesen haben.");
			}
			if (!guidelines.updateRates(id, rates, version, actor)) {
				throw new StaleVersionException();
			}
		} else {
			if (!guideline.coversYear(rates.year())) {
				throw new ValidationException("year", "Die Fassung " + guideline.code() + " gilt im Jahr " + rates.year()
						+ " nicht.");
			}
			guidelines.guidelineOfYear(rates.year()).ifPresent(other -> {
				throw new ConflictException(ProblemType.CONFLICT, "Für das Jahr " + rates.year()
						+ " sind bereits Sätze in einer anderen Fassung hinterlegt.");
			});
			guidelines.insertRates(id, rates, actor);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("year", rates.year());
		details.put("ratePerFte", rates.ratePerFte().amount());
		details.put("adminAssistanceRate", rates.adminAssistanceRate().amount());
		details.put("equipmentPerFte", rates.equipmentPerFte().amount());
		history.recordGuideline(id, "RATES_SET", details);
		return get(id);
	}

	/** Extends a version: a new end of validity with its own reference and date. */
	@Transactional
	@PreAuthorize(FundingAuthorities.GRANT_OFFICER)
	public FundingGuideline extend(UUID id, LocalDate validTo, String legalReference, LocalDate decidedOn) {
		FundingGuideline guideline = get(id);
		List<ValidationException.FieldError> errors = new java.util.ArrayList<>();
		if (validTo == null) {
			errors.add(new ValidationException.FieldError("validTo", "Bitte das neue Ende der Geltungsdauer angeben."));
		} else if (guideline.validTo() == null) {
			errors.add(new ValidationException.FieldError("validTo", "Die Fassung gilt unbefristet; eine Verlängerung ist nicht nötig."));
		} else if (!validTo.isAfter(guideline.validTo())) {
			errors.add(new ValidationException.FieldError("validTo", "Eine Verlängerung muss nach dem bisherigen Ende ("
					+ guideline.validTo() + ") liegen."));
		}
		requireText(errors, "legalReference", legalReference, "Bitte die Fundstelle der Verlängerung angeben.");
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String actor = CurrentUser.require().username();
		guidelines.insertExtension(id, new FundingGuideline.Extension(validTo, legalReference.strip(), decidedOn,
				clock.instant(), actor));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("validTo", validTo.toString());
		details.put("legalReference", legalReference.strip());
		details.put("decidedOn", decidedOn == null ? null : decidedOn.toString());
		history.recordGuideline(id, "EXTENDED", details);
		return get(id);
	}

	/** A new guideline version (e.g. a future Runderlass); its rule set must be one the code knows. */
	@Transactional
	@PreAuthorize(FundingAuthorities.GRANT_OFFICER)
	public FundingGuideline create(String code, String title, String legalReference, LocalDate validFrom,
			LocalDate validTo, String ruleSet) {
		List<ValidationException.FieldError> errors = new java.util.ArrayList<>();
		if (code == null || !code.matches("[A-Z0-9-]{2,30}")) {
			errors.add(new ValidationException.FieldError("code", "Kurzzeichen aus 2–30 Großbuchstaben, Ziffern oder Bindestrichen, z. B. KIM-2027."));
		} else if (guidelines.all().stream().anyMatch(g -> g.code().equals(code))) {
			errors.add(new ValidationException.FieldError("code", "Dieses Kurzzeichen ist schon vergeben."));
		}
		requireText(errors, "title", title, "Bitte den Titel angeben.");
		requireText(errors, "legalReference", legalReference, "Bitte die Fundstelle angeben.");
		if (validFrom == null) {
			errors.add(new ValidationException.FieldError("validFrom", "Bitte angeben, ab wann die Fassung gilt."));
		} else if (validTo != null && validTo.isBefore(validFrom)) {
			errors.add(new ValidationException.FieldError("validTo", "Das Ende liegt vor dem Beginn."));
		}
		if (ruleSet == null || RuleSets.find(ruleSet).isEmpty()) {
			errors.add(new ValidationException.FieldError("ruleSet", "Bekannte Regelwerke: " + String.join(", ", RuleSets.codes()) + "."));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		FundingGuideline guideline = new FundingGuideline(UUID.randomUUID(), code, title.strip(), legalReference.strip(),
				validFrom, validTo, ruleSet, List.of(), List.of());
		guidelines.insert(guideline, CurrentUser.require().username());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", code);
		details.put("title", guideline.title());
		details.put("legalReference", guideline.legalReference());
		details.put("validFrom", validFrom.toString());
		details.put("validTo", validTo == null ? null : validTo.toString());
		details.put("ruleSet", ruleSet);
		history.recordGuideline(guideline.id(), "GUIDELINE_CREATED", details);
		return get(guideline.id());
	}

	private static void requireText(List<ValidationException.FieldError> errors, String field, String value, String message) {
		if (value == null || value.isBlank()) {
			errors.add(new ValidationException.FieldError(field, message));
		} else if (value.strip().length() > 300) {
			errors.add(new ValidationException.FieldError(field, "Höchstens 300 Zeichen."));
		}
	}
}
