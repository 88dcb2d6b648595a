package de.nrw.kim.platform;

/** One of the 54 KIM municipalities (API.md "Platform"). */
public record Municipality(String key, String name, String type, String region) {
}
