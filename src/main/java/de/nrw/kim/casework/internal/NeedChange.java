package de.nrw.kim.casework.internal;

import de.nrw.kim.casework.Need;

/** How the need in a life domain changed against the previous assessment. */
public enum NeedChange {
	/** not assessed in the previous assessment (or there was none) */
	NEW,
	/** the need is lower than before */
	IMPROVED,
	UNCHANGED,
	/** the need is higher than before */
	WORSENED;

	public static NeedChange between(Need previous, Need current) {
		if (previous == null) {
			return NEW;
		}
		int difference = current.compareTo(previous);
		return difference < 0 ? IMPROVED : difference > 0 ? WORSENED : UNCHANGED;
	}
}
