package de.nrw.kim.generator.internal;

import java.util.concurrent.ConcurrentHashMap;

import de.nrw.kim.client.NameSearchKeys;

/**
 * The search keys of each distinct name, computed once: the name pools give a few ten thousand
 * combinations, and ICU transliteration is the most expensive step of generating a client.
 */
final class SearchKeyCache {

	private final ConcurrentHashMap<String, NameSearchKeys.Keys> keys = new ConcurrentHashMap<>();

	NameSearchKeys.Keys of(String given, String family, String original) {
		return keys.computeIfAbsent(given + '\u0000' + family + '\u0000' + original,
				k -> NameSearchKeys.of(given, family, original));
	}
}
