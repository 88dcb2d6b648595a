package de.nrw.kim.casework;

/** Handlungsfeld / Lebensbereich (GLOSSARY.md): where a client may have a need. */
public enum LifeDomain {
	RESIDENCE, LANGUAGE, EDUCATION, WORK, RECOGNITION, HOUSING, HEALTH, LIVELIHOOD, FAMILY, PARTICIPATION, NATURALISATION
}
