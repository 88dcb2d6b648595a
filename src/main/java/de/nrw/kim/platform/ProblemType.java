package de.nrw.kim.platform;

import java.net.URI;

/** The {@code type} URIs of our problem+json answers; clients match on the last path segment. */
public final class ProblemType {

	public static final String BASE = "https://kim.nrw.de/problems/";

	public static final URI VALIDATION = of("validation");
	public static final URI NOT_FOUND = of("not-found");
	public static final URI STALE_VERSION = of("stale-version");
	public static final URI INVALID_TRANSITION = of("invalid-transition");
	public static final URI CONFLICT = of("conflict");
	public static final URI FORBIDDEN = of("forbidden");
	public static final URI UNAUTHENTICATED = of("unauthenticated");
	public static final URI MALFORMED = of("malformed-request");
	public static final URI TOO_LARGE = of("payload-too-large");
	public static final URI UNSUPPORTED_MEDIA = of("unsupported-media-type");
	public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
	public static final URI INTERNAL = of("internal-error");

	private ProblemType() {
	}

	public static URI of(String slug) {
		return URI.create(BASE + slug);
	}
}
