package de.nrw.kim.client;

import java.util.List;

import de.nrw.kim.client.internal.SearchKeys;

/**
 * The search keys the client module stores with every client ({@code search_names},
 * {@code phonetic_codes}), for a bulk loader that writes clients without the client API (ADR 0801).
 */
public final class NameSearchKeys {

	private NameSearchKeys() {
	}

	public static Keys of(String givenName, String familyName, String originalScriptName) {
		return new Keys(SearchKeys.searchNames(givenName, familyName, originalScriptName),
				SearchKeys.phoneticCodes(givenName, familyName, originalScriptName));
	}

	/** The spellings, space separated, and the Cologne phonetic codes of the name. */
	public record Keys(String searchNames, List<String> phoneticCodes) {
	}
}
