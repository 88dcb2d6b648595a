package de.nrw.kim.funding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A version of the KIM funding guideline (Förderrichtlinie) with its validity, legal reference,
 * extensions and yearly rates. Which rules compute amounts is named by {@code ruleSet}.
 */
public record FundingGuideline(UUID id, String code, String title, String legalReference, LocalDate validFrom,
		LocalDate originalValidTo, String ruleSet, List<Extension> extensions, List<Rate> rates) {

	public FundingGuideline {
		extensions = extensions.stream().sorted(Comparator.comparing(Extension::validTo)).toList();
		rates = rates.stream().sorted(Comparator.comparingInt(r -> r.rates().year())).toList();
	}

	/** The end of validity: the latest extension, else the original end; {@code null} = open. */
	public LocalDate validTo() {
		return extensions.isEmpty() ? originalValidTo : extensions.get(extensions.size() - 1).validTo();
	}

	public boolean coversYear(int year) {
		return validFrom.getYear() <= year && (validTo() == null || validTo().getYear() >= year);
	}

	public Optional<Rate> rate(int year) {
		return rates.stream().filter(r -> r.rates().year() == year).findFirst();
	}

	/** How computed amounts name this version, e.g. "KIM-Richtlinie 2024 (RdErl. …)". */
	public String label() {
		return title + " (" + legalReference + ")";
	}

	/** An extension: a new end of validity with its own reference and date. */
	public record Extension(LocalDate validTo, String legalReference, LocalDate decidedOn, Instant recordedAt,
			String recordedBy) {
	}

	/** The rates of one year as stored, with who changed them last. */
	public record Rate(YearRates rates, int version, Instant updatedAt, String updatedBy) {
	}
}
