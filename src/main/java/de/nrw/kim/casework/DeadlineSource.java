package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.List;

import de.nrw.kim.platform.CurrentUser;

/**
 * Contributes deadlines to the case manager's start page section "Fristen". Casework itself
 * contributes the due dates of open goals; a later module (residence) adds residence-permit
 * expiries by declaring a bean of this type. Implementations return only what the user may see
 * and record their reads in the audit trail.
 */
public interface DeadlineSource {

	/** Deadlines due on or before {@code until} (overdue ones included) for the user's clients. */
	List<Deadline> deadlines(CurrentUser user, LocalDate until);
}
