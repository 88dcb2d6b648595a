package de.nrw.kim.generator.internal;

import java.util.SplittableRandom;
import java.util.UUID;

/** Random (version 4) UUIDs drawn from the generator's seeded random, so a seed gives the same ids. */
final class Ids {

	private Ids() {
	}

	static UUID next(SplittableRandom random) {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}
}
