package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.ValidationException;

/** What the perspective rules need to know beyond the status history; everything may be unknown. */
public record ResidenceFacts(UUID clientId, SchoolAttendance schoolAttendance, LanguageLevel languageLevel,
		LocalDate languageLevelOn, Answer livelihoodSecured, Answer minorChildren, CriminalRecord criminalRecord,
		int version) {

	public ResidenceFacts {
		List<ValidationException.FieldError> errors = new ArrayList<>();
		if (schoolAttendance == null) {
			errors.add(new ValidationException.FieldError("schoolAttendance", "Bitte den Schulbesuch angeben (auch „unbekannt“)."));
		}
		if (livelihoodSecured == null) {
			errors.add(new ValidationException.FieldError("livelihoodSecured", "Bitte angeben, ob der Lebensunterhalt gesichert ist (auch „unbekannt“)."));
		}
		if (minorChildren == null) {
			errors.add(new ValidationException.FieldError("minorChildren", "Bitte angeben, ob minderjährige Kinder im Haushalt leben (auch „unbekannt“)."));
		}
		if (criminalRecord == null) {
			errors.add(new ValidationException.FieldError("criminalRecord", "Bitte die Angabe zu Straftaten machen (auch „unbekannt“)."));
		}
		if (languageLevel != null && languageLevelOn == null) {
			errors.add(new ValidationException.FieldError("languageLevelOn", "Bitte das Datum des Sprachnachweises angeben."));
		}
		if (languageLevel == null && languageLevelOn != null) {
			errors.add(new ValidationException.FieldError("languageLevel", "Bitte das nachgewiesene Sprachniveau angeben."));
		}
		if (languageLevelOn != null && (languageLevelOn.isBefore(StatusDraft.EARLIEST) || languageLevelOn.isAfter(LocalDate.now(OfficeTime.ZONE).plusDays(1)))) {
			errors.add(new ValidationException.FieldError("languageLevelOn", "Das Datum des Nachweises darf nicht in der Zukunft liegen."));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	public static ResidenceFacts unknown(UUID clientId) {
		return new ResidenceFacts(clientId, SchoolAttendance.UNKNOWN, null, null, Answer.UNKNOWN, Answer.UNKNOWN,
				CriminalRecord.UNKNOWN, -1);
	}

	public enum SchoolAttendance {
		UNKNOWN, NONE, ONGOING, COMPLETED
	}

	public enum Answer {
		UNKNOWN, YES, NO
	}

	public enum CriminalRecord {
		UNKNOWN, NONE, RELEVANT
	}

	/** Levels of the Common European Framework, in ascending order. */
	public enum LanguageLevel {
		A1, A2, B1, B2, C1, C2;

		public boolean atLeast(LanguageLevel other) {
			return compareTo(other) >= 0;
		}
	}
}
