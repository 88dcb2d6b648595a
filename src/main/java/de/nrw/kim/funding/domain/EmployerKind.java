package de.nrw.kim.funding.domain;

/** Who employs the holder — the municipality itself, a town of the district or a welfare organisation (the last two by pass-through). */
public enum EmployerKind {
	MUNICIPALITY, TOWN, WELFARE_ORG
}
