package de.nrw.kim.casework;

/** Bedarf in one life domain (GLOSSARY.md), in increasing order. */
public enum Need {
	NONE, LOW, MEDIUM, HIGH
}
