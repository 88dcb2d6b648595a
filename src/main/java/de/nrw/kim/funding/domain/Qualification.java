package de.nrw.kim.funding.domain;

/** Case-management qualification of the holder — certificate, in training, none. */
public enum Qualification {
	CERTIFIED, IN_TRAINING, NONE
}
