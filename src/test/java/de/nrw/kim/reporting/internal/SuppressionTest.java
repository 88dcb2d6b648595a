package de.nrw.kim.reporting.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import de.nrw.kim.reporting.Attacker;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

	@Nested
	class ASingleSmallCell {

		@Test
		void isHiddenTogetherWithTheSmallestCellOfItsRowAndColumn() {
			// two municipalities in one region, columns: total = a + b
			long[][] values = { { 12, 3, 9 }, { 20, 8, 12 } };
			Table t = Table.of(values, 2);
			BitSet hidden = t.suppression.suppress();

			assertThat(hidden.get(t.cell[0][1])).as("the 3 itself").isTrue();
			assertThat(t.recoverable(hidden)).isEmpty();
			assertThat(hidden.cardinality()).as("the 3 and the others needed to protect it").isGreaterThanOrEqualTo(4);
		}

		@Test
		void aTableWithoutSmallNumbersHidesNothing() {
			Table t = Table.of(new long[][] { { 12, 5, 7 }, { 0, 0, 0 } }, 2);
			assertThat(t.suppression.suppress().isEmpty()).isTrue();
		}
	}

	@Test
	void randomTablesNeverShowACountFromOneToFourAndNeverGiveAHiddenCellAway() {
		Random random = new Random(20261124);
		for (int round = 0; round < 300; round++) {
			int rows = 2 + random.nextInt(6);
			int parts = 2 + random.nextInt(4);
			long[][] values = new long[rows][parts + 1];
			for (int r = 0; r < rows; r++) {
				for (int p = 1; p <= parts; p++) {
					values[r][p] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
					values[r][0] += values[r][p];
				}
			}
			Table t = Table.of(values, 1 + random.nextInt(rows));
			BitSet hidden = t.suppression.suppress();
			for (int i = 0; i < t.suppression.size(); i++) {
				if (Suppression.isSmall(t.values.get(i))) {
					assertThat(hidden.get(i)).as("round %d: small cell %d shown", round, i).isTrue();
				}
			}
			assertThat(t.recoverable(hidden)).as("round %d", round).isEmpty();
		}
	}

	/** Municipality rows in regions, a region row per region and a state row; columns total, parts… */
	static final class Table {
		final Suppression suppression = new Suppression();
		final List<Long> values = new ArrayList<>();
		final List<List<String>> relations = new ArrayList<>();
		int[][] cell;

		static Table of(long[][] municipalities, int regionCount) {
			Table t = new Table();
			int columns = municipalities[0].length;
			int rows = municipalities.length;
			t.cell = new int[rows + regionCount + 1][columns];
			long[][] all = new long[rows + regionCount + 1][columns];
			for (int r = 0; r < rows; r++) {
				all[r] = municipalities[r];
				int region = rows + r % regionCount;
				for (int c = 0; c < columns; c++) {
					all[region][c] += municipalities[r][c];
					all[rows + regionCount][c] += municipalities[r][c];
				}
			}
			for (int r = 0; r < all.length; r++) {
				int level = r < rows ? 0 : r < rows + regionCount ? 1 : 2;
				for (int c = 0; c < columns; c++) {
					t.cell[r][c] = t.suppression.cell(all[r][c], level);
					t.values.add(all[r][c]);
				}
				List<Integer> parts = new ArrayList<>();
				for (int c = 1; c < columns; c++) {
					parts.add(t.cell[r][c]);
				}
				t.add(t.cell[r][0], parts);
			}
			for (int c = 0; c < columns; c++) {
				List<Integer> regions = new ArrayList<>();
				for (int g = 0; g < regionCount; g++) {
					List<Integer> members = new ArrayList<>();
					for (int r = g; r < rows; r += regionCount) {
						members.add(t.cell[r][c]);
					}
					t.add(t.cell[rows + g][c], members);
					regions.add(t.cell[rows + g][c]);
				}
				t.add(t.cell[rows + regionCount][c], regions);
			}
			return t;
		}

		void add(int total, List<Integer> parts) {
			suppression.relation(total, parts);
			List<String> names = new ArrayList<>();
			names.add(String.valueOf(total));
			parts.forEach(p -> names.add(String.valueOf(p)));
			relations.add(names);
		}

		List<String> recoverable(BitSet hidden) {
			return Attacker.recoverable(hidden.stream().mapToObj(String::valueOf).toList(), relations);
		}
	}
}
