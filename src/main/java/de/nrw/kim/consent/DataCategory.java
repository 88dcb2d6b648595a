package de.nrw.kim.consent;

/** The kinds of a client's data a consent may release, each named on the consent form. */
public enum DataCategory {
	/** name, birth date, contact */
	BASIC,
	/** residence status and procedures */
	RESIDENCE,
	/** school, training, recognition, work */
	EDUCATION_WORK,
	/** health (special category, Art. 9 GDPR) */
	HEALTH,
	/** family and household */
	FAMILY,
	/** income, benefits, debts */
	FINANCES
}
