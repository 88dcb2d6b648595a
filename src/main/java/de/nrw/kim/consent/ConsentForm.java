package de.nrw.kim.consent;

/** How the consent was given. */
public enum ConsentForm {
	WRITTEN, ORAL_WITH_WITNESS, WITH_INTERPRETER
}
