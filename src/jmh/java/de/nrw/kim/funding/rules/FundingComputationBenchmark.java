package de.nrw.kim.funding.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import de.nrw.kim.funding.domain.Application;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The funding rules as the proof of use and the application compute them: one municipality with 20
 * positions (changes of FTE and vacancies during the year), and the whole state (54 municipalities),
 * which is the pure-Java part of "proof of use for all 54 municipalities".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FundingComputationBenchmark {

	private static final int YEAR = 2025;
	private static final int POSITIONS = 20;
	private static final int MUNICIPALITIES = 54;
	private static final RuleSet RULES = RuleSets.of("KIM-2024");

	private GuidelineYear basis;
	private List<List<Position>> state;
	private Map<UUID, Money> actualCosts;
	private List<Application.PlannedPosition> planned;

	@Setup
	public void data() {
		YearRates rates = new YearRates(YEAR, Money.of("57000.00"), Money.of("22500.00"), Money.of("5700.00"));
		FundingGuideline guideline = new FundingGuideline(UUID.randomUUID(), "KIM-2024", "KIM-Richtlinie 2024",
				"RdErl. MKJFGFI v. 12.12.2024", LocalDate.of(2020, 7, 1), null, "KIM-2024", List.of(),
				List.of(new FundingGuideline.Rate(rates, 0, Instant.EPOCH, "bench")));
		basis = new GuidelineYear(guideline, rates);
		state = new ArrayList<>();
		actualCosts = new HashMap<>();
		for (int m = 0; m < MUNICIPALITIES; m++) {
			List<Position> positions = new ArrayList<>();
			for (int p = 0; p < POSITIONS; p++) {
				Position position = position(m, p);
				positions.add(position);
				if (p % 3 == 0) {
					actualCosts.put(position.id(), Money.of("48000.00"));
				}
			}
			state.add(positions);
		}
		planned = state.get(0).stream().map(p -> new Application.PlannedPosition(p.module(), p.kind(),
				p.terms().get(0).fte(), 12, p.startedOn().getYear() == YEAR)).toList();
	}

	private static Position position(int municipality, int index) {
		Module module = Module.values()[index % Module.values().length];
		PositionKind kind = index % 7 == 6 ? PositionKind.ADMIN_ASSISTANCE : PositionKind.STAFF;
		LocalDate start = LocalDate.of(2021 + index % 5, 1 + index % 12, 1 + index % 28);
		EmployerKind employer = index % 4 == 0 ? EmployerKind.WELFARE_ORG : EmployerKind.MUNICIPALITY;
		List<Position.Terms> terms = new ArrayList<>(List.of(new Position.Terms(1, start, Fte.of(index % 2 == 0 ? "1.0" : "0.5"),
				employer == EmployerKind.WELFARE_ORG ? "Caritas " + municipality : "Kreis " + municipality, employer,
				ContractType.PERMANENT, null, false, Instant.EPOCH, "bench")));
		List<Position.Staffing> staffing = new ArrayList<>(List.of(
				new Position.Staffing(1, start, StaffingState.FILLED, Qualification.CERTIFIED, Instant.EPOCH, "bench")));
		if (index % 5 == 1) {
			staffing.add(new Position.Staffing(2, LocalDate.of(YEAR, 3, 20), StaffingState.VACANT, null, Instant.EPOCH, "bench"));
			staffing.add(new Position.Staffing(3, LocalDate.of(YEAR, 6, 10), StaffingState.FILLED, Qualification.IN_TRAINING,
					Instant.EPOCH, "bench"));
		}
		if (index % 6 == 2) {
			terms.add(new Position.Terms(2, LocalDate.of(YEAR, 8, 1), Fte.of("0.75"), terms.get(0).employerName(), employer,
					ContractType.PERMANENT, null, false, Instant.EPOCH, "bench"));
		}
		return new Position(UUID.nameUUIDFromBytes((municipality + "/" + index).getBytes()), MunicipalityKey.of("05315"),
				module, kind, start, terms, staffing, 0, Instant.EPOCH, "bench");
	}

	@Benchmark
	public ProofOfUseCalculation proofOfUseOneMunicipality() {
		return ProofOfUseCalculation.compute(YEAR, state.get(0), actualCosts, basis, RULES, Money.of("300000.00"));
	}

	@Benchmark
	public int proofOfUseWholeState() {
		int lines = 0;
		for (List<Position> positions : state) {
			lines += ProofOfUseCalculation.compute(YEAR, positions, actualCosts, basis, RULES, Money.of("300000.00"))
					.positions().size();
		}
		return lines;
	}

	@Benchmark
	public PlannedAmounts applicationAmounts() {
		return PlannedAmounts.of(planned, Money.of("12000.00"), basis, RULES);
	}
}
