package de.nrw.kim.funding.domain;

/** Kind of a funded position — regular staff, or the admin-assistance post of Baustein 1 (a kind of its own). */
public enum PositionKind {
	STAFF, ADMIN_ASSISTANCE
}
