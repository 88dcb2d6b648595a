package de.nrw.kim.platform;

import java.net.URI;
import java.util.Map;

/** A request that contradicts the current state (409), with a problem type clients can match on. */
public class ConflictException extends RuntimeException {

	private final URI type;
	private final Map<String, Object> properties;

	public ConflictException(URI type, String detail) {
		this(type, detail, Map.of());
	}

	public ConflictException(URI type, String detail, Map<String, Object> properties) {
		super(detail);
		this.type = type;
		this.properties = properties;
	}

	public URI type() {
		return type;
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
