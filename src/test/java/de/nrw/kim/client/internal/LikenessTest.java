package de.nrw.kim.client.internal;

import java.util.UUID;

import de.nrw.kim.client.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikenessTest {

	static Clients.Match candidate(String given, String family, String original, String birth) {
		return new Clients.Match(UUID.randomUUID(), given, family, original, birth, 0.5);
	}

	@Test
	void meierAndMayerWithTheSameBirthYearAreLikelyTheSamePerson() {
		double score = Likeness.of("Anna", "Meier", PartialDate.parse("1985"), candidate("Anna", "Mayer", null, "1985-03-02"));
		assertThat(score).isGreaterThanOrEqualTo(Likeness.THRESHOLD);
	}

	@Test
	void theSameGivenNameAloneIsNotEnough() {
		double score = Likeness.of("Anna", "Meier", PartialDate.parse("1985"), candidate("Anna", "Schulz", null, "1985"));
		assertThat(score).isLessThan(Likeness.THRESHOLD);
	}

	@Test
	void birthDatesThatCannotBeTheSameDayRuleACandidateOut() {
		assertThat(Likeness.of("Anna", "Meier", PartialDate.parse("1985-04"), candidate("Anna", "Meier", null, "1985-05")))
				.isZero();
		assertThat(Likeness.of("Anna", "Meier", PartialDate.parse("1985"), candidate("Anna", "Meier", null, "1985-05-17")))
				.isEqualTo(1.0);
	}

	@Test
	void anUnknownBirthDateCountsALittleLess() {
		assertThat(Likeness.of("Anna", "Meier", null, candidate("Anna", "Meier", null, "1985"))).isEqualTo(0.9);
	}

	@Test
	void swappedNamePartsAndTypingErrorsStillMatch() {
		assertThat(Likeness.of("Schneider", "Katharina", null, candidate("Katharina", "Schneidr", null, null)))
				.isGreaterThanOrEqualTo(Likeness.THRESHOLD);
	}

	@Test
	void aNameInCyrillicMatchesTheLatinNameOfTheCandidate() {
		assertThat(Likeness.of("Олександр", "Шевченко", null, candidate("Oleksandr", "Shevchenko", null, null)))
				.isGreaterThanOrEqualTo(Likeness.THRESHOLD);
		assertThat(Likeness.of("Oleksandr", "Shevchenko", null, candidate("Sascha", "S.", "Олександр Шевченко", null)))
				.isGreaterThanOrEqualTo(Likeness.THRESHOLD);
	}

	@Test
	void trigramSimilarityIsThatOfPgTrgm() {
		// SELECT similarity('meier', 'mayer') = 0.2
		assertThat(Likeness.trigram("meier", "mayer")).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.001));
		assertThat(Likeness.trigram("word", "word")).isEqualTo(1.0);
	}
}
