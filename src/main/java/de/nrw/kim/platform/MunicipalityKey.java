package de.nrw.kim.platform;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Key of a KIM municipality: the 5-digit Kreisschlüssel of NRW (05xxx), or the 8-digit AGS of
 * Stadt Aachen, which has no Kreisschlüssel of its own since the Städteregion was formed.
 */
public record MunicipalityKey(String value) implements Serializable {

	private static final Pattern FORMAT = Pattern.compile("05\\d{3}(\\d{3})?");

	public MunicipalityKey {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Ungültiger Gemeindeschlüssel: " + value);
		}
	}

	public static MunicipalityKey of(String value) {
		return new MunicipalityKey(value);
	}

	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
