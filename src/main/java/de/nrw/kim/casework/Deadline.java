package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A date on which something must be done, shown on the case manager's start page under "Fristen".
 *
 * @param kind     e.g. {@code GOAL_DUE}, {@code RESIDENCE_EXPIRY} (API.md "Residence"); the label is
 *                 the message key {@code deadline.kind.<kind>}, which the contributing module provides
 * @param title    short text from the record itself (e.g. the goal's title); may be {@code null}
 * @param clientId the person concerned
 * @param caseId   the case, if the deadline belongs to one
 * @param link     where to go to deal with it (an application path such as {@code /cases/…/plan})
 */
public record Deadline(String kind, LocalDate dueOn, String title, UUID clientId, CaseId caseId, String link) {
}
