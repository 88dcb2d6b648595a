package de.nrw.kim.casework;

import java.time.LocalDate;
import java.util.List;

import de.nrw.kim.platform.CurrentUser;

/**
 * Contributes deadlines to the case manager's start page section "Fristen". Casework itself
 * contributes the due dates of open goals; a later module (residence) adds residence-permit
 * expiries by declaring a bean of this type. Implementations return only what the user may see.
 * A source whose lists may be long (residence: a whole municipality) leaves the audit to
 * {@link #shown}: only the deadlines actually put in front of the user are a read of their data,
 * not everything loaded to sort and count them (issue 7).
 */
public interface DeadlineSource {

	/** Deadlines due on or before {@code until} (overdue ones included) for the user's clients. */
	List<Deadline> deadlines(CurrentUser user, LocalDate until);

	/** Records in the audit trail that these deadlines (of any source) are shown; each source takes its own. */
	default void shown(List<Deadline> deadlines) {
	}
}
