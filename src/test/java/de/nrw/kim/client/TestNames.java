package de.nrw.kim.client;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Unique, pronounceable name parts for tests that share one database: "Bakotumilo" in Latin and the same
 * letters in Cyrillic ("Бакотумило"), so a test finds its own client first whatever other tests stored.
 */
final class TestNames {

	private static final String LATIN_CONSONANTS = "bdfklmnprt";
	private static final String CYRILLIC_CONSONANTS = "бдфклмнпрт";
	private static final String LATIN_VOWELS = "aoui";
	private static final String CYRILLIC_VOWELS = "аоуи";

	private final String latin;
	private final String cyrillic;

	private TestNames(String latin, String cyrillic) {
		this.latin = latin;
		this.cyrillic = cyrillic;
	}

	static TestNames unique() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder latin = new StringBuilder();
		StringBuilder cyrillic = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			int c = random.nextInt(LATIN_CONSONANTS.length());
			int v = random.nextInt(LATIN_VOWELS.length());
			latin.append(LATIN_CONSONANTS.charAt(c)).append(LATIN_VOWELS.charAt(v));
			cyrillic.append(CYRILLIC_CONSONANTS.charAt(c)).append(CYRILLIC_VOWELS.charAt(v));
		}
		return new TestNames(capitalise(latin.toString()), capitalise(cyrillic.toString()));
	}

	String latin() {
		return latin;
	}

	String cyrillic() {
		return cyrillic;
	}

	private static String capitalise(String word) {
		return word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
	}
}
