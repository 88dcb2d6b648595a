package de.nrw.kim.funding.rules;

import java.util.List;
import java.util.UUID;

import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.PositionKind;

/**
 * What the amount rules look at for one position in one year — taken from the actual staffing
 * history (proof of use, {@link CountedMonthsRule}) or from a plan (application, notice).
 *
 * @param countedMonthFtes the FTE of each counted month (its size is the number of counted months)
 * @param reportedFte      the FTE shown on the line (at the end of the year or of the plan)
 * @param equipmentFte     the FTE that gets workplace equipment this year, or {@code null} when none is due
 * @param actualCosts      actual personnel costs of the year where entered (cap), else {@code null}
 * @param monthRule        the rule that counted the months, named on the line
 */
public record PositionFacts(UUID positionId, Module module, PositionKind kind, List<Fte> countedMonthFtes,
		Fte reportedFte, Fte equipmentFte, Money actualCosts, String monthRule) {

	public PositionFacts {
		countedMonthFtes = List.copyOf(countedMonthFtes);
		if (countedMonthFtes.size() > 12) {
			throw new IllegalArgumentException("Ein Jahr hat höchstens 12 Monate");
		}
	}

	public int countedMonths() {
		return countedMonthFtes.size();
	}

	/** A planned position: {@code months} months at {@code fte}, new positions get equipment. */
	public static PositionFacts planned(Module module, PositionKind kind, Fte fte, int months, boolean newPosition) {
		if (months < 0 || months > 12) {
			throw new IllegalArgumentException("Geplante Monate: 0 bis 12");
		}
		return new PositionFacts(null, module, kind, java.util.Collections.nCopies(months, fte), fte,
				newPosition ? fte : null, null, "PLANNED_MONTHS");
	}
}
