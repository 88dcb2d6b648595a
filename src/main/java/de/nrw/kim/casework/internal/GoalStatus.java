package de.nrw.kim.casework.internal;

/** Status of a goal of the plan (API.md "Cases"). */
public enum GoalStatus {
	OPEN, ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, DROPPED
}
