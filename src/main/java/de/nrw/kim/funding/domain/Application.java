package de.nrw.kim.funding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.ProblemType;

/**
 * A municipality's grant application for year N: planned positions per Baustein, material costs and
 * planned pass-through. Due on 31 October of N−1; a later one is accepted and flagged late. Status
 * DRAFT → SUBMITTED → (RETURNED for correction → SUBMITTED) → DECIDED, only through the named methods.
 */
public record Application(UUID id, MunicipalityKey municipality, int year, Status status,
		List<PlannedPosition> positions, Money materialCosts, List<PassThrough> passThrough, Money requestedAmount,
		LocalDate submittedOn, boolean late, String returnReason, int version, Instant createdAt, String createdBy) {

	public Application {
		positions = List.copyOf(positions);
		passThrough = List.copyOf(passThrough);
	}

	public enum Status {
		DRAFT, SUBMITTED, RETURNED, DECIDED
	}

	/** The deadline: 31 October of the year before. */
	public static LocalDate dueOn(int year) {
		return LocalDate.of(year - 1, 10, 31);
	}

	public LocalDate dueOn() {
		return dueOn(year);
	}

	/** Late if submitted after the deadline (not yet submitted: if it would be late today). */
	public boolean lateOn(LocalDate day) {
		return day.isAfter(dueOn());
	}

	public boolean editable() {
		return status == Status.DRAFT || status == Status.RETURNED;
	}

	public Application withContent(List<PlannedPosition> newPositions, Money newMaterialCosts,
			List<PassThrough> newPassThrough, Money newRequested) {
		if (!editable()) {
			throw invalid("Der Antrag liegt bei der Bewilligungsbehörde und kann nicht geändert werden.");
		}
		return new Application(id, municipality, year, status, newPositions, newMaterialCosts, newPassThrough,
				newRequested, submittedOn, late, returnReason, version, createdAt, createdBy);
	}

	public Application submit(LocalDate on) {
		if (!editable()) {
			throw invalid("Nur ein Entwurf oder ein zurückgegebener Antrag kann eingereicht werden.");
		}
		if (positions.isEmpty()) {
			throw new de.nrw.kim.platform.ValidationException("positions", "Ein Antrag ohne geplante Stellen kann nicht eingereicht werden.");
		}
		return new Application(id, municipality, year, Status.SUBMITTED, positions, materialCosts, passThrough,
				requestedAmount, on, lateOn(on), returnReason, version, createdAt, createdBy);
	}

	public Application returnForCorrection(String reason) {
		if (status != Status.SUBMITTED) {
			throw invalid("Nur ein eingereichter Antrag kann zur Korrektur zurückgegeben werden.");
		}
		return new Application(id, municipality, year, Status.RETURNED, positions, materialCosts, passThrough,
				requestedAmount, submittedOn, late, reason, version, createdAt, createdBy);
	}

	public Application decided() {
		if (status != Status.SUBMITTED) {
			throw invalid("Nur ein eingereichter Antrag kann beschieden werden.");
		}
		return new Application(id, municipality, year, Status.DECIDED, positions, materialCosts, passThrough,
				requestedAmount, submittedOn, late, returnReason, version, createdAt, createdBy);
	}

	private static ConflictException invalid(String detail) {
		return new ConflictException(ProblemType.INVALID_TRANSITION, detail);
	}

	/** A planned position: Baustein, kind, FTE and months in year N; a new one gets workplace equipment. */
	public record PlannedPosition(Module module, PositionKind kind, Fte fte, int months, boolean newPosition) {
	}

	/** Planned pass-through to a town or a welfare organisation. */
	public record PassThrough(String recipientName, EmployerKind recipientKind, Money amount) {
	}
}
