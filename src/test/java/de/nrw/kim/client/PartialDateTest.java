package de.nrw.kim.client;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTest {

	@Nested
	class Compatibility {

		@ParameterizedTest(name = "{0} and {1} can be the same day")
		@CsvSource({ "1990, 1990-05-17", "1990, 1990", "1990-05, 1990-05-17", "1990-05-17, 1990-05-17", "1990-05, 1990" })
		void compatibleWhenOneContainsTheOther(String a, String b) {
			assertThat(PartialDate.parse(a).isCompatibleWith(PartialDate.parse(b))).isTrue();
			assertThat(PartialDate.parse(b).isCompatibleWith(PartialDate.parse(a))).isTrue();
		}

		@ParameterizedTest(name = "{0} and {1} cannot be the same day")
		@CsvSource({ "1990-04, 1990-05", "1990, 1991-05-17", "1990-05-16, 1990-05-17", "1990-04, 1990-05-01" })
		void incompatibleOtherwise(String a, String b) {
			assertThat(PartialDate.parse(a).isCompatibleWith(PartialDate.parse(b))).isFalse();
			assertThat(PartialDate.parse(b).isCompatibleWith(PartialDate.parse(a))).isFalse();
		}
	}

	@Nested
	class Parsing {

		@Test
		void keepsThePrecisionAsEntered() {
			assertThat(PartialDate.parse("1990").toString()).isEqualTo("1990");
			assertThat(PartialDate.parse("1990-05").toString()).isEqualTo("1990-05");
			assertThat(PartialDate.parse("1990-05").latest()).hasToString("1990-05-31");
		}

		@Test
		void refusesImpossibleDates() {
			assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2023-02-30"))
					.withMessageContaining("gibt es nicht");
			assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("1990-13"));
			assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("90"));
		}
	}
}
