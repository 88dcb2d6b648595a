package de.nrw.kim.funding.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.GuidelineYear;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Position;

/**
 * The numerical proof of use of one municipality for year N (funding-rules.md): per position the
 * counted months and eligible amount from the actual staffing history; per Baustein and in total;
 * pass-through per recipient (rule 7); and against what was paid, the repayment or underpayment.
 */
public record ProofOfUseCalculation(int year, String guidelineVersion, List<PositionAmount> positions,
		Map<Module, Money> byModule, Money eligible, Money paid, Money repayment, Money underpayment,
		List<Recipient> passThrough) {

	/** What a town or welfare organisation employing positions is eligible for (rule 7). */
	public record Recipient(String recipientName, EmployerKind recipientKind, Money amount) {
	}

	public static ProofOfUseCalculation compute(int year, List<Position> positions, Map<UUID, Money> actualCosts,
			GuidelineYear basis, RuleSet rules, Money paid) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		List<PositionAmount> lines = new ArrayList<>();
		Map<Module, Money> byModule = new EnumMap<>(Module.class);
		for (Module m : Module.values()) {
			byModule.put(m, Money.ZERO);
		}
		Map<String, Recipient> recipients = new LinkedHashMap<>();
		for (Position position : positions) {
			boolean existedInYear = !position.startedOn().isAfter(last)
					&& position.closedOn().map(closed -> closed.isAfter(first)).orElse(true);
			if (!existedInYear) {
				continue;
			}
			PositionAmount line = rules.compute(CountedMonthsRule.facts(position, year, actualCosts.get(position.id())), basis);
			lines.add(line);
			byModule.merge(line.module(), line.eligibleAmount(), Money::plus);
			Position.Terms terms = position.termsOn(last.isBefore(position.startedOn()) ? position.startedOn() : last);
			if (terms.employerKind() != EmployerKind.MUNICIPALITY && line.eligibleAmount().isPositive()) {
				recipients.merge(terms.employerKind() + "/" + terms.employerName(),
						new Recipient(terms.employerName(), terms.employerKind(), line.eligibleAmount()),
						(a, b) -> new Recipient(a.recipientName(), a.recipientKind(), a.amount().plus(b.amount())));
			}
		}
		Money eligible = byModule.values().stream().reduce(Money.ZERO, Money::plus);
		Money difference = paid.minus(eligible);
		return new ProofOfUseCalculation(year, basis.label(), lines, byModule, eligible, paid,
				difference.isPositive() ? difference : Money.ZERO,
				difference.isNegative() ? eligible.minus(paid) : Money.ZERO, List.copyOf(recipients.values()));
	}
}
