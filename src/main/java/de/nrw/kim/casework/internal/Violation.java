package de.nrw.kim.casework.internal;

/**
 * One broken input rule: the field, and a message key of the casework bundle with its arguments,
 * so the API can answer in German and the web UI in the user's language.
 */
public record Violation(String field, String key, Object... args) {
}
