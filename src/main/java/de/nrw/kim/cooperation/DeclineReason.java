package de.nrw.kim.cooperation;

/** Why a partner declined a referral; "no capacity" is what steering needs to see. */
public enum DeclineReason {
	NO_CAPACITY, NOT_RESPONSIBLE, CLIENT_DID_NOT_APPEAR, CLIENT_REFUSED, OTHER
}
