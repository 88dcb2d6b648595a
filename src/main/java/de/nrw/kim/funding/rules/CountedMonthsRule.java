package de.nrw.kim.funding.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Position;

/**
 * Rule 2: a calendar month counts when the position is filled on at least 15 days of it. The FTE of a
 * counted month is the FTE in force on its last day. Also: equipment is due in the year of the first
 * filling (rule 6), at the FTE of that day.
 */
public final class CountedMonthsRule {

	public static final String NAME = "MONTH_RULE_15_DAYS";
	public static final int MINIMUM_FILLED_DAYS = 15;

	private CountedMonthsRule() {
	}

	public static PositionFacts facts(Position position, int year, Money actualCosts) {
		List<Fte> counted = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth ym = YearMonth.of(year, month);
			if (filledDays(position, ym) >= MINIMUM_FILLED_DAYS) {
				counted.add(position.termsOn(ym.atEndOfMonth()).fte());
			}
		}
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		LocalDate lastDay = position.closedOn().filter(d -> d.isBefore(yearEnd)).map(d -> d.minusDays(1)).orElse(yearEnd);
		Fte reported = position.termsOn(lastDay).fte();
		Fte equipment = position.firstFilledOn().filter(d -> d.getYear() == year)
				.map(d -> position.termsOn(d).fte()).orElse(null);
		return new PositionFacts(position.id(), position.module(), position.kind(), counted, reported, equipment,
				actualCosts, NAME);
	}

	static int filledDays(Position position, YearMonth month) {
		int days = 0;
		for (int day = 1; day <= month.lengthOfMonth(); day++) {
			if (position.filledOn(month.atDay(day))) {
				days++;
			}
		}
		return days;
	}
}
