package de.nrw.kim.funding.permanence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.domain.StaffingState;

/**
 * The permanence figures of a set of positions on a date (API.md "Funding"): every position that
 * exists on the date counts in {@code fteTotal}, filled or vacant; {@code ftePermanent + fteFixedTerm
 * = fteTotal}; {@code fteVacant} is the vacant part; {@code permanentShare} = permanent / total with
 * 4 decimals, rounded half-up ({@code null} without positions).
 */
public record PermanenceFigures(BigDecimal fteTotal, BigDecimal ftePermanent, BigDecimal fteFixedTerm,
		BigDecimal fteVacant, BigDecimal permanentShare, int fixedTermEndingWithin12Months, int positions,
		int vacantPositions, int phaseOutPositions) {

	public static PermanenceFigures of(Collection<Position> positions, LocalDate on) {
		BigDecimal total = zero();
		BigDecimal permanent = zero();
		BigDecimal fixedTerm = zero();
		BigDecimal vacant = zero();
		int ending = 0;
		int count = 0;
		int vacantCount = 0;
		int phaseOut = 0;
		LocalDate horizon = on.plusMonths(12);
		for (Position p : positions) {
			if (!p.existsOn(on)) {
				continue;
			}
			Position.Terms t = p.termsOn(on);
			BigDecimal fte = t.fte().value();
			count++;
			total = total.add(fte);
			if (t.permanent()) {
				permanent = permanent.add(fte);
			} else {
				fixedTerm = fixedTerm.add(fte);
				if (!t.fixedTermUntil().isBefore(on) && !t.fixedTermUntil().isAfter(horizon)) {
					ending++;
				}
			}
			if (p.staffingOn(on).map(s -> s.state() == StaffingState.VACANT).orElse(false)) {
				vacant = vacant.add(fte);
				vacantCount++;
			}
			if (t.phaseOut()) {
				phaseOut++;
			}
		}
		return new PermanenceFigures(total, permanent, fixedTerm, vacant, share(permanent, total), ending, count,
				vacantCount, phaseOut);
	}

	/** The sum of several municipalities' figures (regions, state); the share is recomputed, not averaged. */
	public static PermanenceFigures sum(Collection<PermanenceFigures> parts) {
		BigDecimal total = zero();
		BigDecimal permanent = zero();
		BigDecimal fixedTerm = zero();
		BigDecimal vacant = zero();
		int ending = 0;
		int count = 0;
		int vacantCount = 0;
		int phaseOut = 0;
		for (PermanenceFigures f : parts) {
			total = total.add(f.fteTotal);
			permanent = permanent.add(f.ftePermanent);
			fixedTerm = fixedTerm.add(f.fteFixedTerm);
			vacant = vacant.add(f.fteVacant);
			ending += f.fixedTermEndingWithin12Months;
			count += f.positions;
			vacantCount += f.vacantPositions;
			phaseOut += f.phaseOutPositions;
		}
		return new PermanenceFigures(total, permanent, fixedTerm, vacant, share(permanent, total), ending, count,
				vacantCount, phaseOut);
	}

	private static BigDecimal share(BigDecimal permanent, BigDecimal total) {
		return total.signum() == 0 ? null : permanent.divide(total, 4, RoundingMode.HALF_UP);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}
}
