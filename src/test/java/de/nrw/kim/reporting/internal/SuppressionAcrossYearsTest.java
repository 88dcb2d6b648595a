package de.nrw.kim.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.nrw.kim.platform.Municipality;
import de.nrw.kim.reporting.Attacker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0606: a hidden cell of one year must not follow from the next year (cases of a year = open at the end
 * of the year before + new), from months, totals or regions — checked by the independent attacker over the
 * published cells of all years together.
 */
class SuppressionAcrossYearsTest {

	static final List<Municipality> MUNICIPALITIES = List.of(new Municipality("A", "A", "KREIS", "R1"),
			new Municipality("B", "B", "KREIS", "R1"), new Municipality("C", "C", "KREIS", "R1"),
			new Municipality("D", "D", "KREIS", "R2"), new Municipality("E", "E", "KREIS", "R2"),
			new Municipality("F", "F", "KREIS", "R2"));

	@Test
	void theOpenCasesOfLastYearDoNotFollowFromThisYearsCasesMinusTheNewOnes() {
		List<Figures.Stored> before = big(2024, new Random(1));
		before = with(before, "A", Measures.OPEN, 0, 3);
		List<Figures.Stored> now = big(2025, new Random(2));

		Cube first = Cube.suppressed(2024, MUNICIPALITIES, before, List.of());
		assertThat(first.published("A", Measures.OPEN, 0)).isNull();

		Cube alone = Cube.suppressed(2025, MUNICIPALITIES, now, List.of());
		assertThat(recoverable(List.of(first, alone))).as("without the earlier year the attack works")
				.contains("2024|A|openCases|0");

		Cube protectedYear = Cube.suppressed(2025, MUNICIPALITIES, now, List.of(first));
		assertThat(recoverable(List.of(first, protectedYear))).isEmpty();
	}

	@Test
	void randomYearsNeverGiveAHiddenCellAwayAcrossYears() {
		Random random = new Random(20261125);
		for (int round = 0; round < 4; round++) {
			List<Cube> cubes = new ArrayList<>();
			for (int year = 2023; year <= 2025; year++) {
				cubes.add(Cube.suppressed(year, MUNICIPALITIES, sprinkled(year, random), List.copyOf(cubes)));
			}
			assertThat(recoverable(cubes)).as("round %d", round).isEmpty();
		}
	}

	private static List<Figures.Stored> big(int year, Random random) {
		List<Figures.Stored> stored = new ArrayList<>();
		for (Municipality m : MUNICIPALITIES) {
			for (Cube.Column c : Cube.columns()) {
				stored.add(new Figures.Stored(m.key(), c.month(), c.measure(), 20 + random.nextInt(200)));
			}
		}
		return stored;
	}

	private static List<Figures.Stored> sprinkled(int year, Random random) {
		List<Figures.Stored> stored = new ArrayList<>();
		for (Figures.Stored s : big(year, random)) {
			boolean small = random.nextInt(250) == 0 || (s.measure().equals(Measures.OPEN) && random.nextInt(4) == 0);
			stored.add(small ? new Figures.Stored(s.municipality(), s.month(), s.measure(), 1 + random.nextInt(4)) : s);
		}
		return stored;
	}

	private static List<Figures.Stored> with(List<Figures.Stored> stored, String municipality, String measure, int month, long value) {
		List<Figures.Stored> changed = new ArrayList<>(stored.stream()
				.filter(s -> !(s.municipality().equals(municipality) && s.measure().equals(measure) && s.month() == month)).toList());
		changed.add(new Figures.Stored(municipality, month, measure, value));
		return changed;
	}

	/** What the attacker derives from everything published in these years (consecutive, oldest first). */
	static List<String> recoverable(List<Cube> years) {
		Map<String, Long> published = new LinkedHashMap<>();
		List<List<String>> relations = new ArrayList<>();
		List<String> rows = new ArrayList<>(MUNICIPALITIES.stream().map(Municipality::key).toList());
		rows.addAll(List.of("R1", "R2", Cube.STATE));
		for (Cube cube : years) {
			int y = cube.year();
			for (String row : rows) {
				for (Cube.Column c : Cube.columns()) {
					Long value = cube.published(row, c.measure(), c.month());
					assertThat(value == null || !Suppression.isSmall(value)).as("%d %s %s shown", y, row, c).isTrue();
					published.put(name(y, row, c.measure(), c.month()), value);
				}
				for (List<String> r : Measures.rowRelations()) {
					relations.add(r.stream().map(m -> name(y, row, m, 0)).toList());
				}
				for (String m : List.of(Measures.NEW, Measures.CLOSED, Measures.CONTACTS, Measures.GOALS_ACHIEVED)) {
					List<String> months = new ArrayList<>(List.of(name(y, row, m, 0)));
					for (int month = 1; month <= 12; month++) {
						months.add(name(y, row, m, month));
					}
					relations.add(months);
				}
				if (years.indexOf(cube) > 0) {
					relations.add(List.of(name(y, row, Measures.ACTIVE, 0), name(y - 1, row, Measures.OPEN, 0),
							name(y, row, Measures.NEW, 0)));
				}
			}
			for (Cube.Column c : Cube.columns()) {
				relations.add(List.of(name(y, "R1", c.measure(), c.month()), name(y, "A", c.measure(), c.month()),
						name(y, "B", c.measure(), c.month()), name(y, "C", c.measure(), c.month())));
				relations.add(List.of(name(y, "R2", c.measure(), c.month()), name(y, "D", c.measure(), c.month()),
						name(y, "E", c.measure(), c.month()), name(y, "F", c.measure(), c.month())));
				relations.add(List.of(name(y, Cube.STATE, c.measure(), c.month()), name(y, "R1", c.measure(), c.month()),
						name(y, "R2", c.measure(), c.month())));
			}
		}
		return Attacker.recoverable(published, relations);
	}

	private static String name(int year, String row, String measure, int month) {
		return year + "|" + row + "|" + measure + "|" + month;
	}
}
