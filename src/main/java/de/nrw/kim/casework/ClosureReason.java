package de.nrw.kim.casework;

/**
 * Abschlussgrund (GLOSSARY.md). {@link #TRANSFERRED} is set only by a transfer to another
 * municipality, never chosen by hand.
 */
public enum ClosureReason {
	GOALS_ACHIEVED, PARTLY_ACHIEVED, CLIENT_WITHDREW, MOVED_AWAY, TRANSFERRED, NO_CONTACT, OTHER;

	public boolean isManual() {
		return this != TRANSFERRED;
	}
}
