package de.nrw.kim.funding.proof;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.ProblemType;

/**
 * A proof of use as stored: the computation as it was when last saved (frozen when submitted), the
 * municipality's factual report (text, and the figures as of submission) and the grant authority's
 * remarks. DRAFT → SUBMITTED → CHECKED.
 */
public record StoredProof(UUID id, MunicipalityKey municipality, int year, Status status, String guidelineVersion,
		Money eligible, Money paid, Money repayment, Money underpayment, Map<String, Object> computation,
		String factualReport, FactualFigures figures, LocalDate figuresAsOf, String remarks, LocalDate submittedOn,
		LocalDate checkedOn, String checkedBy, int version, Instant createdAt, String createdBy) {

	public enum Status {
		DRAFT, SUBMITTED, CHECKED
	}

	StoredProof requireDraft() {
		if (status != Status.DRAFT) {
			throw new ConflictException(ProblemType.INVALID_TRANSITION,
					"Der Verwendungsnachweis " + year + " ist bereits eingereicht und kann nicht mehr geändert werden.");
		}
		return this;
	}

	StoredProof checked(String newRemarks, LocalDate on, String by) {
		if (status != Status.SUBMITTED) {
			throw new ConflictException(ProblemType.INVALID_TRANSITION,
					"Nur ein eingereichter Verwendungsnachweis kann geprüft werden.");
		}
		return new StoredProof(id, municipality, year, Status.CHECKED, guidelineVersion, eligible, paid, repayment,
				underpayment, computation, factualReport, figures, figuresAsOf, newRemarks, submittedOn, on, by, version,
				createdAt, createdBy);
	}
}
