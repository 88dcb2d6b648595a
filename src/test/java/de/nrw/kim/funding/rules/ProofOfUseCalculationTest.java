package de.nrw.kim.funding.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.ContractType;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.FundingGuideline;
import de.nrw.kim.funding.domain.GuidelineYear;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.Qualification;
import de.nrw.kim.funding.domain.StaffingState;
import de.nrw.kim.funding.domain.YearRates;
import de.nrw.kim.platform.MunicipalityKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof of use agrees to the cent with cases computed by hand from funding-rules.md (rates 2025:
 * 57,000 € per FTE, 22,500 € admin assistance per 0.5 post, 5,700 € equipment per FTE; 2022: 55,000 €).
 */
class ProofOfUseCalculationTest {

	static final RuleSet RULES = RuleSets.of("KIM-2024");

	static GuidelineYear year(int year) {
		YearRates rates = new YearRates(year, Money.of(year <= 2022 ? "55000.00" : "57000.00"), Money.of("22500.00"),
				Money.of("5700.00"));
		FundingGuideline guideline = new FundingGuideline(UUID.randomUUID(), "KIM-2024", "KIM-Richtlinie 2024",
				"RdErl. MKJFGFI v. 12.12.2024", LocalDate.of(2020, 7, 1), null, "KIM-2024", List.of(),
				List.of(new FundingGuideline.Rate(rates, 0, Instant.now(), "test")));
		return new GuidelineYear(guideline, rates);
	}

	/** A position built from a start and a list of (date, state) changes. */
	static final class Builder {
		final UUID id = UUID.randomUUID();
		final Module module;
		final PositionKind kind;
		final List<Position.Terms> terms = new ArrayList<>();
		final List<Position.Staffing> staffing = new ArrayList<>();
		EmployerKind employerKind = EmployerKind.MUNICIPALITY;
		String employer = "Stadt Köln";
		LocalDate start;

		Builder(Module module, PositionKind kind, String fte, String filledFrom) {
			this.module = module;
			this.kind = kind;
			this.start = LocalDate.parse(filledFrom);
			terms.add(new Position.Terms(1, start, Fte.of(fte), employer, employerKind, ContractType.PERMANENT, null, false,
					Instant.now(), "test"));
			staffing.add(new Position.Staffing(1, start, StaffingState.FILLED, Qualification.CERTIFIED, Instant.now(), "test"));
		}

		Builder change(String from, StaffingState state) {
			staffing.add(new Position.Staffing(staffing.size() + 1, LocalDate.parse(from), state, null, Instant.now(), "test"));
			return this;
		}

		Builder fte(String from, String fte) {
			terms.add(new Position.Terms(terms.size() + 1, LocalDate.parse(from), Fte.of(fte), employer, employerKind,
					ContractType.PERMANENT, null, false, Instant.now(), "test"));
			return this;
		}

		Builder employedBy(String name, EmployerKind kind) {
			employer = name;
			employerKind = kind;
			Position.Terms first = terms.remove(0);
			terms.add(0, new Position.Terms(1, first.validFrom(), first.fte(), name, kind, ContractType.PERMANENT, null, false,
					Instant.now(), "test"));
			return this;
		}

		Position build() {
			return new Position(id, MunicipalityKey.of("05315"), module, kind, start, terms, staffing, 0, Instant.now(), "test");
		}
	}

	static Builder staff(Module module, String fte, String filledFrom) {
		return new Builder(module, PositionKind.STAFF, fte, filledFrom);
	}

	static PositionAmount amount(Position position, int year) {
		return amount(position, year, null);
	}

	static PositionAmount amount(Position position, int year, String actualCosts) {
		return RULES.compute(CountedMonthsRule.facts(position, year, actualCosts == null ? null : Money.of(actualCosts)), year(year));
	}

	@Nested
	class PersonnelLumpSum {

		@Test
		void aFullYearAtOneFteIsTheWholeRate() {
			PositionAmount a = amount(staff(Module.CASE_MANAGEMENT, "1.0", "2024-01-01").build(), 2025);
			assertThat(a.countedMonths()).isEqualTo(12);
			assertThat(a.personnelAmount()).isEqualTo(Money.of("57000.00"));
			assertThat(a.equipmentAmount()).isEqualTo(Money.ZERO);
			assertThat(a.eligibleAmount()).isEqualTo(Money.of("57000.00"));
			assertThat(a.reason()).isNull();
			assertThat(a.guidelineVersion()).startsWith("KIM-2024");
			assertThat(a.rules()).containsExactly("MONTH_RULE_15_DAYS", "PERSONNEL_LUMP_SUM");
		}

		@Test
		void aStartMidYearCountsTheMonthsFromTheStart() {
			PositionAmount a = amount(staff(Module.CASE_MANAGEMENT, "1.0", "2025-07-01").build(), 2025);
			assertThat(a.countedMonths()).isEqualTo(6);
			assertThat(a.eligibleAmount()).isEqualTo(Money.of("28500.00"));
		}

		@Test
		void aStartAfterTheFifteenthLeavesThatMonthOut() {
			// 18 to 31 March = 14 filled days: March does not count; April to December = 9 months
			PositionAmount late = amount(staff(Module.CASE_MANAGEMENT, "1.0", "2025-03-18").build(), 2025);
			assertThat(late.countedMonths()).isEqualTo(9);
			assertThat(late.eligibleAmount()).isEqualTo(Money.of("42750.00"));
			// 17 to 31 March = 15 filled days: March counts
			PositionAmount onTime = amount(staff(Module.CASE_MANAGEMENT, "1.0", "2025-03-17").build(), 2025);
			assertThat(onTime.countedMonths()).isEqualTo(10);
			assertThat(onTime.eligibleAmount()).isEqualTo(Money.of("47500.00"));
			// February 2025 has 28 days: from the 15th = 14 days, from the 14th = 15 days
			assertThat(amount(staff(Module.CASE_MANAGEMENT, "1.0", "2025-02-15").build(), 2025).countedMonths()).isEqualTo(10);
			assertThat(amount(staff(Module.CASE_MANAGEMENT, "1.0", "2025-02-14").build(), 2025).countedMonths()).isEqualTo(11);
		}

		@Test
		void aVacancyGapLeavesOutTheMonthsWithFewerThanFifteenFilledDays() {
			// Jan–Mar counted; April 1–9 = 9 days; May–July vacant; August 20–31 = 12 days; Sep–Dec counted: 7 months
			Position position = staff(Module.IMMIGRATION_OFFICE, "0.75", "2023-01-01")
					.change("2025-04-10", StaffingState.VACANT).change("2025-08-20", StaffingState.FILLED).build();
			PositionAmount a = amount(position, 2025);
			assertThat(a.countedMonths()).isEqualTo(7);
			// 57,000 × 0.75 × 7 / 12 = 24,937.50
			assertThat(a.eligibleAmount()).isEqualTo(Money.of("24937.50"));
		}

		@Test
		void roundsHalfUpToTheCentWithTheRateOfTheYear() {
			// 2022: 55,000 × 0.95 × 1 / 12 = 4,354.1666… → 4,354.17
			PositionAmount a = amount(staff(Module.CASE_MANAGEMENT, "0.95", "2022-12-01").build(), 2022);
			assertThat(a.countedMonths()).isEqualTo(1);
			assertThat(a.eligibleAmount()).isEqualTo(Money.of("4354.17"));
			// 2025: 57,000 × 0.55 × 7 / 12 = 18,287.50
			assertThat(amount(staff(Module.CASE_MANAGEMENT, "0.55", "2025-06-01").build(), 2025).eligibleAmount())
					.isEqualTo(Money.of("18287.50"));
		}

		@Test
		void aChangeOfFteCountsEachMonthWithItsOwnFte() {
			// Jan–Jun at 1.0 = 6 FTE-months; Jul–Dec at 0.75 = 4.5 FTE-months: 57,000 × 10.5 / 12 = 49,875.00
			Position position = staff(Module.CASE_MANAGEMENT, "1.0", "2024-01-01").fte("2025-07-01", "0.75").build();
			assertThat(amount(position, 2025).eligibleAmount()).isEqualTo(Money.of("49875.00"));
			assertThat(amount(position, 2025).fte()).isEqualTo(Fte.of("0.75"));
		}
	}

	@Nested
	class MinimumSize {

		@Test
		void aPostUnderOneHalfFteGetsNothingAndSaysWhy() {
			PositionAmount a = amount(staff(Module.CASE_MANAGEMENT, "0.45", "2024-01-01").build(), 2025);
			assertThat(a.countedMonths()).isEqualTo(12);
			assertThat(a.eligibleAmount()).isEqualTo(Money.ZERO);
			assertThat(a.reason()).contains("unter 0,50 VZÄ").contains("Regel 1");
			assertThat(a.rules()).contains("MINIMUM_FTE");
		}

		@Test
		void monthsBelowOneHalfDoNotCountButTheOthersDo() {
			Position position = staff(Module.CASE_MANAGEMENT, "1.0", "2024-01-01").fte("2025-07-01", "0.4").build();
			PositionAmount a = amount(position, 2025);
			assertThat(a.eligibleAmount()).isEqualTo(Money.of("28500.00"));
			assertThat(a.reason()).isNull();
		}

		@Test
		void noFilledMonthMeansNothingWithTheMonthRuleAsReason() {
			Position position = staff(Module.CASE_MANAGEMENT, "1.0", "2024-01-01").change("2024-12-20", StaffingState.VACANT).build();
			PositionAmount a = amount(position, 2025);
			assertThat(a.countedMonths()).isZero();
			assertThat(a.eligibleAmount()).isEqualTo(Money.ZERO);
			assertThat(a.reason()).contains("15 besetzten Tagen");
		}
	}

	@Nested
	class AdminAssistanceAndEquipment {

		@Test
		void anAdminAssistancePostGetsItsLumpSumForTheCountedMonths() {
			// Jan–Sep filled: 22,500 × 9 / 12 = 16,875.00; filled first in 2024, so no equipment in 2025
			Position position = new Builder(Module.COORDINATION, PositionKind.ADMIN_ASSISTANCE, "0.5", "2024-01-01")
					.change("2025-10-01", StaffingState.VACANT).build();
			PositionAmount a = amount(position, 2025);
			assertThat(a.countedMonths()).isEqualTo(9);
			assertThat(a.personnelAmount()).isEqualTo(Money.of("16875.00"));
			assertThat(a.equipmentAmount()).isEqualTo(Money.ZERO);
			assertThat(a.rules()).contains("ADMIN_ASSISTANCE_LUMP_SUM").doesNotContain("PERSONNEL_LUMP_SUM");
		}

		@Test
		void equipmentIsPaidOnceInTheYearThePositionIsFirstFilledAndOnlyInBausteinOne() {
			// May–Dec: 57,000 × 0.8 × 8 / 12 = 30,400.00; equipment 5,700 × 0.8 = 4,560.00
			Position coordination = staff(Module.COORDINATION, "0.8", "2025-05-01").build();
			PositionAmount first = amount(coordination, 2025);
			assertThat(first.personnelAmount()).isEqualTo(Money.of("30400.00"));
			assertThat(first.equipmentAmount()).isEqualTo(Money.of("4560.00"));
			assertThat(first.eligibleAmount()).isEqualTo(Money.of("34960.00"));
			assertThat(first.rules()).contains("WORKPLACE_EQUIPMENT");
			assertThat(amount(coordination, 2026).equipmentAmount()).isEqualTo(Money.ZERO);
			assertThat(amount(staff(Module.CASE_MANAGEMENT, "0.8", "2025-05-01").build(), 2025).equipmentAmount()).isEqualTo(Money.ZERO);
		}
	}

	@Nested
	class CostCap {

		@Test
		void enteredActualCostsBelowTheLumpSumCapTheAmount() {
			PositionAmount a = amount(staff(Module.CASE_MANAGEMENT, "1.0", "2024-01-01").build(), 2025, "52345.67");
			assertThat(a.personnelAmount()).isEqualTo(Money.of("52345.67"));
			assertThat(a.eligibleAmount()).isEqualTo(Money.of("52345.67"));
			assertThat(a.rules()).contains("COST_CAP");
		}

		@Test
		void higherActualCostsChangeNothingAndEquipmentIsNotCapped() {
			assertThat(amount(staff(Module.CASE_MANAGEMENT, "1.0", "2024-01-01").build(), 2025, "60000.00").eligibleAmount())
					.isEqualTo(Money.of("57000.00"));
			PositionAmount capped = amount(staff(Module.COORDINATION, "1.0", "2025-01-01").build(), 2025, "50000.00");
			assertThat(capped.personnelAmount()).isEqualTo(Money.of("50000.00"));
			assertThat(capped.eligibleAmount()).isEqualTo(Money.of("55700.00"));
		}
	}

	@Nested
	class Totals {

		@Test
		void sumPerBausteinAndAgainstPaymentsGiveRepaymentOrUnderpayment() {
			Position full = staff(Module.CASE_MANAGEMENT, "1.0", "2024-01-01").employedBy("Caritas Köln", EmployerKind.WELFARE_ORG).build();
			Position coordination = staff(Module.COORDINATION, "0.8", "2025-05-01").build();
			Position gap = staff(Module.IMMIGRATION_OFFICE, "0.75", "2023-01-01")
					.change("2025-04-10", StaffingState.VACANT).change("2025-08-20", StaffingState.FILLED).build();
			Position later = staff(Module.CASE_MANAGEMENT, "1.0", "2026-02-01").build();
			Position closed = staff(Module.CASE_MANAGEMENT, "1.0", "2020-01-01").change("2024-06-30", StaffingState.CLOSED).build();
			List<Position> positions = List.of(full, coordination, gap, later, closed);
			ProofOfUseCalculation paidTooMuch = ProofOfUseCalculation.compute(2025, positions, Map.of(), year(2025), RULES,
					Money.of("120000.00"));
			assertThat(paidTooMuch.positions()).hasSize(3);
			assertThat(paidTooMuch.byModule().get(Module.COORDINATION)).isEqualTo(Money.of("34960.00"));
			assertThat(paidTooMuch.byModule().get(Module.CASE_MANAGEMENT)).isEqualTo(Money.of("57000.00"));
			assertThat(paidTooMuch.byModule().get(Module.IMMIGRATION_OFFICE)).isEqualTo(Money.of("24937.50"));
			assertThat(paidTooMuch.eligible()).isEqualTo(Money.of("116897.50"));
			assertThat(paidTooMuch.repayment()).isEqualTo(Money.of("3102.50"));
			assertThat(paidTooMuch.underpayment()).isEqualTo(Money.ZERO);
			assertThat(paidTooMuch.passThrough()).singleElement()
					.satisfies(r -> assertThat(r.amount()).isEqualTo(Money.of("57000.00")));
			ProofOfUseCalculation paidTooLittle = ProofOfUseCalculation.compute(2025, positions, Map.of(), year(2025), RULES,
					Money.of("100000.00"));
			assertThat(paidTooLittle.repayment()).isEqualTo(Money.ZERO);
			assertThat(paidTooLittle.underpayment()).isEqualTo(Money.of("16897.50"));
		}
	}
}
