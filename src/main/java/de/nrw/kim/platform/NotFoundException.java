package de.nrw.kim.platform;

/**
 * A missing object, or one of another municipality or outside the caller's need-to-know: both answer
 * 404 alike, so existence is never revealed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " wurde nicht gefunden.");
	}
}
