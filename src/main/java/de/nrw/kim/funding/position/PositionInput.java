package de.nrw.kim.funding.position;

import java.time.LocalDate;

import de.nrw.kim.funding.domain.ContractType;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.Qualification;
import de.nrw.kim.funding.domain.StaffingState;

/** What a coordinator enters for the register, each field already parsed; the service checks the dates. */
public final class PositionInput {

	private PositionInput() {
	}

	/** A new position, filled or vacant from {@code startedOn}. */
	public record NewPosition(Module module, PositionKind kind, Terms terms, StaffingState initialState,
			LocalDate startedOn, Qualification qualification) {
	}

	/** Terms from {@code effectiveFrom} on ({@code null}: today, or the start of a future position). */
	public record Terms(Fte fte, String employerName, EmployerKind employerKind, ContractType contract,
			LocalDate fixedTermUntil, boolean phaseOut, LocalDate effectiveFrom) {
	}

	/** A change of terms: {@code null} fields keep their current value. */
	public record TermsPatch(Fte fte, String employerName, EmployerKind employerKind, ContractType contract,
			LocalDate fixedTermUntil, Boolean phaseOut, LocalDate effectiveFrom) {

		Terms applyTo(de.nrw.kim.funding.domain.Position.Terms base) {
			ContractType newContract = contract != null ? contract : base.contract();
			LocalDate until = newContract == ContractType.PERMANENT ? null
					: fixedTermUntil != null ? fixedTermUntil
					: base.contract() == ContractType.FIXED_TERM ? base.fixedTermUntil() : null;
			return new Terms(fte != null ? fte : base.fte(), employerName != null ? employerName : base.employerName(),
					employerKind != null ? employerKind : base.employerKind(), newContract, until,
					phaseOut != null ? phaseOut : base.phaseOut(), effectiveFrom);
		}
	}

	/** A staffing change from a date on. */
	public record Staffing(LocalDate from, StaffingState state, Qualification qualification) {
	}
}
