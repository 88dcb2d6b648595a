package de.nrw.kim.platform;

/** Validated paging parameters: page from 0, size 1–200 (API.md conventions). */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 200;
	public static final int DEFAULT_SIZE = 20;

	public Paging {
		if (page < 0) {
			throw new ValidationException("page", "Die Seite darf nicht negativ sein.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new ValidationException("size", "Die Seitengröße muss zwischen 1 und " + MAX_SIZE + " liegen.");
		}
	}

	public static Paging of(Integer page, Integer size) {
		return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
