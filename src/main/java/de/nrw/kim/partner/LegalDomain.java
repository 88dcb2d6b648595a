package de.nrw.kim.partner;

/** Rechtskreis (GLOSSARY.md): the body of law under which an agency acts. */
public enum LegalDomain {
	SGB_II, SGB_III, SGB_VIII, SGB_IX, SGB_XII, ASYLBLG, AUFENTHG, STAG, BAFOEG, OTHER
}
