package de.nrw.kim.casework.internal;

/** Which of the visible cases a list shows. */
public enum CaseScope {
	/** the cases the user is case manager of */
	MINE,
	/** cases colleagues of the same organisation share with the team */
	TEAM,
	/** all cases the user may see: their own and those shared with the team */
	ALL
}
