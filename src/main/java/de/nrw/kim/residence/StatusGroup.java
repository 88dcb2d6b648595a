package de.nrw.kim.residence;

/** Groups of residence statuses for statistics (aggregated only). */
public enum StatusGroup {
	/** Gestattung, Duldung: the precarious stays Baustein 3 works to secure. */
	PRECARIOUS,
	/** § 24 AufenthG. */
	TEMPORARY_PROTECTION,
	/** §§ 25, 25a, 25b, 104c AufenthG. */
	HUMANITARIAN,
	/** Other temporary permits, Blue Card. */
	OTHER_TEMPORARY,
	/** Settlement permit, EU long-term residence. */
	PERMANENT,
	EU_FREE_MOVEMENT,
	CITIZEN
}
