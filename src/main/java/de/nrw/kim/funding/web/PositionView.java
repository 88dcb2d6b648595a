package de.nrw.kim.funding.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.funding.domain.ContractType;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.Qualification;
import de.nrw.kim.funding.domain.StaffingState;

/**
 * A position as the API and the pages show it: its terms and staffing on the date {@code on}
 * (today unless asked for another), plus its full dated history.
 *
 * @param exists       whether the position exists on {@code on}
 * @param eligible     rule 1: at least 0.5 FTE
 * @param vacantSince  since when it has been vacant without interruption, when vacant on {@code on}
 */
record PositionView(UUID id, int version, String municipalityKey, Module module, PositionKind kind, LocalDate on,
		boolean exists, Fte fte, boolean eligible, String eligibilityNote, String employerName,
		EmployerKind employerKind, ContractType contract, LocalDate fixedTermUntil, boolean phaseOut,
		LocalDate startedOn, LocalDate closedOn, StaffingView staffing, LocalDate vacantSince, Long vacantDays,
		List<TermsView> terms, List<StaffingView> staffingHistory, Instant createdAt, String createdBy) {

	static PositionView of(Position p, LocalDate on) {
		Position.Terms t = p.termsOn(on);
		StaffingView staffing = p.staffingOn(on).map(StaffingView::of).orElse(null);
		LocalDate vacantSince = p.vacantSince(on).orElse(null);
		return new PositionView(p.id(), p.version(), p.municipality().value(), p.module(), p.kind(), on, p.existsOn(on),
				t.fte(), t.fte().isEligible(),
				t.fte().isEligible() ? null : "Unter 0,5 VZÄ: nicht förderfähig (Regel 1).", t.employerName(),
				t.employerKind(), t.contract(), t.fixedTermUntil(), t.phaseOut(), p.startedOn(), p.closedOn().orElse(null),
				staffing, vacantSince, vacantSince == null ? null : ChronoUnit.DAYS.between(vacantSince, on),
				p.terms().stream().map(TermsView::of).toList(), p.staffing().stream().map(StaffingView::of).toList(),
				p.createdAt(), p.createdBy());
	}

	record TermsView(LocalDate validFrom, Fte fte, String employerName, EmployerKind employerKind, ContractType contract,
			LocalDate fixedTermUntil, boolean phaseOut, Instant recordedAt, String recordedBy) {

		static TermsView of(Position.Terms t) {
			return new TermsView(t.validFrom(), t.fte(), t.employerName(), t.employerKind(), t.contract(),
					t.fixedTermUntil(), t.phaseOut(), t.recordedAt(), t.recordedBy());
		}
	}

	record StaffingView(LocalDate from, StaffingState state, Qualification qualification, Instant recordedAt,
			String recordedBy) {

		static StaffingView of(Position.Staffing s) {
			return new StaffingView(s.from(), s.state(), s.qualification(), s.recordedAt(), s.recordedBy());
		}
	}
}
