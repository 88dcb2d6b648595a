package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.nrw.kim.client.PartialDate;
import de.nrw.kim.residence.ResidenceType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each policy with the day before and the day a time criterion is met, and its rule version as data. */
class PerspectivePoliciesTest {

	static final List<String> ALL = List.of("GESTATTUNG", "DULDUNG", "OPPORTUNITY_104C");

	static Rule rule(String route, String version, Map<String, Object> parameters) {
		return new Rule(route, version, LocalDate.of(2022, 12, 31), null, "Quelle " + route, parameters, null);
	}

	static PerspectiveCase person(LocalDate on, String birth, ResidenceFacts facts, ResidenceStatus... statuses) {
		return new PerspectiveCase(on, birth == null ? null : PartialDate.parse(birth), null, List.of(statuses), facts);
	}

	static ResidenceFacts facts(ResidenceFacts.Answer children) {
		return new ResidenceFacts(null, ResidenceFacts.SchoolAttendance.COMPLETED, ResidenceFacts.LanguageLevel.B1,
				LocalDate.of(2023, 1, 1), ResidenceFacts.Answer.YES, children, ResidenceFacts.CriminalRecord.NONE, 0);
	}

	static ResidenceStatus status(ResidenceType type, String from, String until) {
		return ResidenceStatus.of(type, LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
	}

	@Nested
	class SustainableIntegration {

		final Rule rule = rule("AUFENTHG_25B", "25b-2022-12-31", Map.of("residenceYears", 6, "residenceYearsWithChildren", 4,
				"languageLevel", "A2", "eligibleStatuses", List.of("DULDUNG", "OPPORTUNITY_104C"), "notCounted", List.of()));
		final SustainableIntegrationPolicy policy = new SustainableIntegrationPolicy();

		Hint on(String day, ResidenceFacts.Answer children) {
			return policy.evaluate(rule, person(LocalDate.parse(day), "1980", facts(children),
					status(ResidenceType.GESTATTUNG, "2019-05-10", "2020-05-09"),
					status(ResidenceType.DULDUNG, "2020-05-10", null))).orElseThrow();
		}

		@Test
		void sixYearsAreReachedOnTheAnniversaryNotTheDayBefore() {
			Hint before = on("2025-05-09", ResidenceFacts.Answer.NO);
			assertThat(before.status()).isEqualTo(Hint.Status.NOT_YET);
			assertThat(before.reasons()).anyMatch(r -> r.contains("voraussichtlich erfüllt ab 10.05.2025"));
			assertThat(on("2025-05-10", ResidenceFacts.Answer.NO).status()).isEqualTo(Hint.Status.LIKELY);
		}

		@Test
		void fourYearsSufficeWithMinorChildrenAndUnknownChildrenMeansCheck() {
			assertThat(on("2023-05-09", ResidenceFacts.Answer.YES).status()).isEqualTo(Hint.Status.NOT_YET);
			assertThat(on("2023-05-10", ResidenceFacts.Answer.YES).status()).isEqualTo(Hint.Status.LIKELY);
			Hint unknown = on("2023-05-10", ResidenceFacts.Answer.UNKNOWN);
			assertThat(unknown.status()).isEqualTo(Hint.Status.CHECK);
			assertThat(unknown.rulesVersion()).isEqualTo("25b-2022-12-31");
			assertThat(unknown.legalSource()).isEqualTo("Quelle AUFENTHG_25B");
		}

		@Test
		void aGapInTheHistoryRestartsTheTime() {
			Hint gap = policy.evaluate(rule, person(LocalDate.parse("2026-01-01"), "1980", facts(ResidenceFacts.Answer.NO),
					status(ResidenceType.GESTATTUNG, "2015-01-01", "2019-12-31"),
					status(ResidenceType.DULDUNG, "2020-01-02", null))).orElseThrow();
			assertThat(gap.status()).isEqualTo(Hint.Status.NOT_YET);
			assertThat(gap.reasons()).anyMatch(r -> r.contains("seit 02.01.2020"));
		}

		@Test
		void doesNotConcernSomeoneWithASettlementPermit() {
			assertThat(policy.evaluate(rule, person(LocalDate.parse("2026-01-01"), "1980", facts(ResidenceFacts.Answer.NO),
					status(ResidenceType.SETTLEMENT_PERMIT, "2015-01-01", null)))).isEmpty();
		}
	}

	@Nested
	class YoungPeople {

		final Rule rule = rule("AUFENTHG_25A", "25a-2022-12-31", Map.of("minAge", 14, "maxAgeExclusive", 27,
				"residenceYears", 3, "toleratedMonths", 12, "eligibleStatuses", List.of("DULDUNG", "OPPORTUNITY_104C"),
				"toleratedStatuses", List.of("DULDUNG"), "notCounted", List.of()));
		final YoungPeoplePolicy policy = new YoungPeoplePolicy();

		Optional<Hint> on(String day, String birth) {
			return policy.evaluate(rule, person(LocalDate.parse(day), birth, facts(ResidenceFacts.Answer.NO),
					status(ResidenceType.GESTATTUNG, "2021-03-01", "2022-02-28"),
					status(ResidenceType.DULDUNG, "2022-03-01", null)));
		}

		@Test
		void threeYearsOfResidenceAreMetOnTheAnniversary() {
			assertThat(on("2024-02-29", "2005-01-01").orElseThrow().status()).isEqualTo(Hint.Status.NOT_YET);
			assertThat(on("2024-03-01", "2005-01-01").orElseThrow().status()).isEqualTo(Hint.Status.LIKELY);
		}

		@Test
		void theAgeLimitEndsTheRouteOnThe27thBirthday() {
			assertThat(on("2025-06-14", "1998-06-15").orElseThrow().status()).isEqualTo(Hint.Status.LIKELY);
			assertThat(on("2025-06-15", "1998-06-15")).isEmpty();
		}

		@Test
		void aBirthYearOnlyLeavesTheAgeUnknownAroundTheBirthday() {
			Hint hint = on("2025-06-15", "1998").orElseThrow();
			assertThat(hint.status()).isEqualTo(Hint.Status.CHECK);
			assertThat(hint.reasons()).anyMatch(r -> r.startsWith("Unbekannt: Alter"));
		}

		@Test
		void twelveMonthsOfDuldungAreNeeded() {
			Optional<Hint> early = policy.evaluate(rule, person(LocalDate.parse("2024-05-31"), "2006-01-01",
					facts(ResidenceFacts.Answer.NO), status(ResidenceType.GESTATTUNG, "2020-01-01", "2023-05-31"),
					status(ResidenceType.DULDUNG, "2023-06-01", null)));
			assertThat(early.orElseThrow().reasons()).anyMatch(r -> r.contains("voraussichtlich erfüllt ab 01.06.2024"));
			Optional<Hint> met = policy.evaluate(rule, person(LocalDate.parse("2024-06-01"), "2006-01-01",
					facts(ResidenceFacts.Answer.NO), status(ResidenceType.GESTATTUNG, "2020-01-01", "2023-05-31"),
					status(ResidenceType.DULDUNG, "2023-06-01", null)));
			assertThat(met.orElseThrow().status()).isEqualTo(Hint.Status.LIKELY);
		}
	}

	@Nested
	class Opportunity {

		final OpportunityPolicy policy = new OpportunityPolicy();
		final Rule active = new Rule("AUFENTHG_104C", "104c-2022-12-31", LocalDate.of(2022, 12, 31), LocalDate.of(2025, 12, 31),
				"§ 104c AufenthG", Map.of("cutOff", "2022-10-31", "residenceYears", 5, "eligibleStatuses", List.of("DULDUNG"),
						"notCounted", List.of()), null);
		final Rule expired = new Rule("AUFENTHG_104C", "104c-ausgelaufen-2026", LocalDate.of(2026, 1, 1), null,
				"§ 104c AufenthG", Map.of("expiredOn", "2025-12-31", "eligibleStatuses", List.of("DULDUNG", "OPPORTUNITY_104C")), null);

		@Test
		void fiveYearsOnTheCutOffDateCountTheDayBeforeNot() {
			ResidenceFacts facts = facts(ResidenceFacts.Answer.NO);
			Hint met = policy.evaluate(active, person(LocalDate.parse("2025-01-01"), "1980", facts,
					status(ResidenceType.DULDUNG, "2017-10-31", null))).orElseThrow();
			assertThat(met.status()).isEqualTo(Hint.Status.LIKELY);
			Hint late = policy.evaluate(active, person(LocalDate.parse("2025-01-01"), "1980", facts,
					status(ResidenceType.DULDUNG, "2017-11-01", null))).orElseThrow();
			assertThat(late.status()).isEqualTo(Hint.Status.NOT_YET);
			assertThat(late.reasons()).anyMatch(r -> r.contains("Stichtag 31.10.2022 nicht erreicht"));
		}

		@Test
		void afterItRanOutTheHintSaysWhy() {
			Hint hint = policy.evaluate(expired, person(LocalDate.parse("2026-01-01"), "1980", facts(ResidenceFacts.Answer.NO),
					status(ResidenceType.DULDUNG, "2010-01-01", null))).orElseThrow();
			assertThat(hint.status()).isEqualTo(Hint.Status.NOT_YET);
			assertThat(hint.reasons().get(0)).contains("ausgelaufen").contains("31.12.2025");
			assertThat(hint.rulesVersion()).isEqualTo("104c-ausgelaufen-2026");
		}
	}

	@Nested
	class Naturalisation {

		final NaturalisationPolicy policy = new NaturalisationPolicy();
		final Map<String, Object> common = Map.of("residenceYears", 5, "languageLevel", "B1",
				"qualifyingStatuses", List.of("PERMIT_25_2", "SETTLEMENT_PERMIT"), "checkStatuses", List.of("OTHER_PERMIT"),
				"notCounted", List.of("DULDUNG"));

		Hint on(String day, Map<String, Object> parameters) {
			return policy.evaluate(rule("EINBUERGERUNG", "StAG-test", parameters), person(LocalDate.parse(day), "1980",
					facts(ResidenceFacts.Answer.NO), status(ResidenceType.DULDUNG, "2015-01-01", "2019-12-31"),
					status(ResidenceType.PERMIT_25_2, "2020-01-01", null))).orElseThrow();
		}

		@Test
		void fiveYearsOfLawfulResidenceDuldungNotCounted() {
			assertThat(on("2024-12-31", common).status()).isEqualTo(Hint.Status.NOT_YET);
			assertThat(on("2024-12-31", common).reasons()).anyMatch(r -> r.contains("ab 01.01.2025"));
			assertThat(on("2025-01-01", common).status()).isEqualTo(Hint.Status.LIKELY);
		}

		@Test
		void theAbolishedThreeYearRouteIsExplainedByTheVersion() {
			Map<String, Object> abolished = new java.util.HashMap<>(common);
			abolished.put("specialRouteAbolished", "2025");
			assertThat(on("2025-01-01", abolished).reasons()).anyMatch(r -> r.contains("nach 3 Jahren") && r.contains("abgeschafft"));
			Map<String, Object> reform2024 = new java.util.HashMap<>(common);
			reform2024.put("specialResidenceYears", 3);
			reform2024.put("specialLanguageLevel", "C1");
			assertThat(on("2025-01-01", reform2024).reasons()).anyMatch(r -> r.contains("nach 3 Jahren bei Deutsch C1"));
		}
	}

	@Nested
	class TemporaryProtection {

		final TemporaryProtectionPolicy policy = new TemporaryProtectionPolicy();
		final Rule rule = rule("AUFENTHG_24", "UkraineAufenthFGV-2025", Map.of("protectionEndsOn", "2027-03-04",
				"eligibleStatuses", List.of("TEMPORARY_PROTECTION_24"), "warnMonths", 6));

		Hint on(String day) {
			return policy.evaluate(rule, person(LocalDate.parse(day), "1980", facts(ResidenceFacts.Answer.NO),
					status(ResidenceType.TEMPORARY_PROTECTION_24, "2022-04-01", null))).orElseThrow();
		}

		@Test
		void namesTheEndDateAndAsksToCheckSixMonthsBefore() {
			assertThat(on("2026-09-03").status()).isEqualTo(Hint.Status.LIKELY);
			assertThat(on("2026-09-03").reasons().get(0)).contains("04.03.2027");
			assertThat(on("2026-09-04").status()).isEqualTo(Hint.Status.CHECK);
			assertThat(on("2027-03-05").reasons().get(0)).contains("ausgelaufen");
		}
	}

	@Test
	void theRuleVersionValidOnTheDayIsChosen() {
		Rule old = new Rule("AUFENTHG_25B", "alt", LocalDate.of(2015, 8, 1), LocalDate.of(2022, 12, 30), "alt", Map.of(), null);
		Rule current = new Rule("AUFENTHG_25B", "neu", LocalDate.of(2022, 12, 31), null, "neu", Map.of(), null);
		PerspectiveRules rules = new PerspectiveRules(null);
		assertThat(rules.validOn(List.of(old, current), "AUFENTHG_25B", LocalDate.of(2022, 12, 30)).orElseThrow().version()).isEqualTo("alt");
		assertThat(rules.validOn(List.of(old, current), "AUFENTHG_25B", LocalDate.of(2022, 12, 31)).orElseThrow().version()).isEqualTo("neu");
		assertThat(ALL).hasSize(3);
	}
}
