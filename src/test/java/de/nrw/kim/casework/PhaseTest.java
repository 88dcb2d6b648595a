package de.nrw.kim.casework;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseTest {

	@Nested
	class Forward {

		@Test
		void goesOneStepAtATime() {
			assertThat(Phase.INTAKE.canMoveTo(Phase.ASSESSMENT)).isTrue();
			assertThat(Phase.ASSESSMENT.canMoveTo(Phase.PLANNING)).isTrue();
			assertThat(Phase.PLANNING.canMoveTo(Phase.IMPLEMENTATION)).isTrue();
		}

		@Test
		void neverSkipsAPhase() {
			assertThat(Phase.INTAKE.canMoveTo(Phase.PLANNING)).isFalse();
			assertThat(Phase.INTAKE.canMoveTo(Phase.IMPLEMENTATION)).isFalse();
			assertThat(Phase.ASSESSMENT.canMoveTo(Phase.IMPLEMENTATION)).isFalse();
		}
	}

	@Nested
	class Back {

		@Test
		void reachesEveryEarlierPhase() {
			assertThat(Phase.IMPLEMENTATION.reachable()).containsExactly(Phase.INTAKE, Phase.ASSESSMENT, Phase.PLANNING);
			assertThat(Phase.ASSESSMENT.reachable()).containsExactly(Phase.INTAKE, Phase.PLANNING);
		}
	}

	@Nested
	class Closed {

		@Test
		void isReachedOnlyByClosingAndNeverLeft() {
			for (Phase phase : Phase.values()) {
				assertThat(phase.canMoveTo(Phase.CLOSED)).as(phase.name()).isFalse();
			}
			assertThat(Phase.CLOSED.reachable()).isEmpty();
			assertThat(Phase.CLOSED.isOpen()).isFalse();
		}

		@Test
		void stayingInTheSamePhaseIsNoTransition() {
			for (Phase phase : Phase.values()) {
				assertThat(phase.canMoveTo(phase)).as(phase.name()).isFalse();
			}
			assertThat(Phase.INTAKE.canMoveTo(null)).isFalse();
		}
	}
}
