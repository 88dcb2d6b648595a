package de.nrw.kim.funding.domain;

/** Contract of the position — permanent (unbefristet) or fixed-term (befristet, with an end date). */
public enum ContractType {
	PERMANENT, FIXED_TERM
}
