package de.nrw.kim.funding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * A funded staff position of a municipality with its dated history: the terms (FTE, employer,
 * contract, phase-out) from a date on, and the staffing changes (filled / vacant) from a date on.
 * Nothing is overwritten, so the position on any past date can be reconstructed; a later record for
 * the same date corrects an earlier one.
 *
 * @param startedOn the date the position exists from (its first filled or vacant date)
 */
public record Position(UUID id, MunicipalityKey municipality, Module module, PositionKind kind, LocalDate startedOn,
		List<Terms> terms, List<Staffing> staffing, int version, Instant createdAt, String createdBy) {

	public Position {
		terms = terms.stream().sorted(Comparator.comparing(Terms::validFrom).thenComparingInt(Terms::seq)).toList();
		staffing = staffing.stream().sorted(Comparator.comparing(Staffing::from).thenComparingInt(Staffing::seq)).toList();
		if (terms.isEmpty() || staffing.isEmpty()) {
			throw new IllegalArgumentException("Eine Stelle hat Konditionen und einen Besetzungsstand");
		}
	}

	/** The terms in force on a date (before the first terms: the first ones). */
	public Terms termsOn(LocalDate date) {
		Terms current = terms.get(0);
		for (Terms t : terms) {
			if (!t.validFrom().isAfter(date)) {
				current = t;
			}
		}
		return current;
	}

	public Terms currentTerms() {
		return terms.get(terms.size() - 1);
	}

	/** The staffing in force on a date; empty before the position exists. */
	public Optional<Staffing> staffingOn(LocalDate date) {
		Staffing current = null;
		for (Staffing s : staffing) {
			if (!s.from().isAfter(date)) {
				current = s;
			}
		}
		return Optional.ofNullable(current);
	}

	public boolean existsOn(LocalDate date) {
		return staffingOn(date).filter(s -> s.state() != StaffingState.CLOSED).isPresent();
	}

	public boolean filledOn(LocalDate date) {
		return staffingOn(date).filter(s -> s.state() == StaffingState.FILLED).isPresent();
	}

	/** The staffing changes in effect (a later record for the same date replaces an earlier one), by date. */
	public List<Staffing> effectiveStaffing() {
		Map<LocalDate, Staffing> byDate = new LinkedHashMap<>();
		staffing.forEach(s -> byDate.put(s.from(), s));
		List<Staffing> effective = new ArrayList<>();
		for (Staffing s : byDate.values()) {
			if (effective.isEmpty() || effective.get(effective.size() - 1).state() != s.state()
					|| s.state() == StaffingState.FILLED) {
				effective.add(s);
			}
		}
		return effective;
	}

	/** The first day the position was filled, if ever. */
	public Optional<LocalDate> firstFilledOn() {
		return effectiveStaffing().stream().filter(s -> s.state() == StaffingState.FILLED).map(Staffing::from)
				.findFirst();
	}

	/** Since when the position has been vacant without interruption on a date, if it is vacant then. */
	public Optional<LocalDate> vacantSince(LocalDate date) {
		LocalDate since = null;
		for (Staffing s : effectiveStaffing()) {
			if (s.from().isAfter(date)) {
				break;
			}
			if (s.state() == StaffingState.VACANT) {
				since = since == null ? s.from() : since;
			} else {
				since = null;
			}
		}
		return Optional.ofNullable(since);
	}

	/** The last day the position exists, if it has been closed. */
	public Optional<LocalDate> closedOn() {
		List<Staffing> effective = effectiveStaffing();
		Staffing last = effective.get(effective.size() - 1);
		return last.state() == StaffingState.CLOSED ? Optional.of(last.from()) : Optional.empty();
	}

	/** Terms from a date on; {@code seq} orders records of the same date (a later one corrects). */
	public record Terms(int seq, LocalDate validFrom, Fte fte, String employerName, EmployerKind employerKind,
			ContractType contract, LocalDate fixedTermUntil, boolean phaseOut, Instant recordedAt, String recordedBy) {

		public boolean permanent() {
			return contract == ContractType.PERMANENT;
		}
	}

	/** A staffing change from a date on. */
	public record Staffing(int seq, LocalDate from, StaffingState state, Qualification qualification,
			Instant recordedAt, String recordedBy) {
	}
}
