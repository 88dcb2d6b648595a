package de.nrw.kim.partner;

/** A partner proposed by a case manager counts only once a coordinator has confirmed it. */
public enum PartnerStatus {
	PROPOSED, CONFIRMED
}
