package de.nrw.kim.reporting.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Small-number suppression of a table of counts with additive relations (total = sum of parts), ADR 0602.
 * <ol>
 * <li>Primary: every count from 1 to 4 is suppressed.</li>
 * <li>Secondary, by groups: a relation with exactly one suppressed cell would give it away as total minus
 * the others, so the smallest other cell of that relation (lowest level first on ties) is suppressed too,
 * until no relation has exactly one.</li>
 * <li>Secondary, by linear algebra: the suppressed cells are the unknowns of all relations together; a cell
 * is recoverable exactly when its unit vector lies in the row space of that system (reduced row echelon
 * form: its pivot row has no other entry). For each such cell the smallest unsuppressed cell of one of its
 * relations is suppressed as well, and everything is checked again.</li>
 * </ol>
 * The result: no suppressed cell follows from the shown cells by any combination of the relations.
 */
final class Suppression {

	static final long THRESHOLD = 5;
	private static final double EPSILON = 1e-9;

	private final List<Long> values = new ArrayList<>();
	private final List<Integer> levels = new ArrayList<>();
	private final BitSet locked = new BitSet();
	private final BitSet hiddenBefore = new BitSet();
	private final List<int[]> relations = new ArrayList<>();

	/** @param level 0 for the finest rows, higher for totals: complements are taken from finer rows first */
	int cell(long value, int level) {
		values.add(value);
		levels.add(level);
		return values.size() - 1;
	}

	/**
	 * A cell of an earlier, already published table (an earlier year): its pattern is fixed — shown or
	 * hidden as published — and it is never hidden afterwards, but its relations count (ADR 0606).
	 */
	int lockedCell(long value, boolean hidden) {
		int index = cell(value, Integer.MAX_VALUE);
		locked.set(index);
		if (hidden) {
			hiddenBefore.set(index);
		}
		return index;
	}

	/** A relation {@code total = sum of parts}. */
	void relation(int total, List<Integer> parts) {
		int[] r = new int[parts.size() + 1];
		r[0] = total;
		for (int i = 0; i < parts.size(); i++) {
			r[i + 1] = parts.get(i);
		}
		relations.add(r);
	}

	int size() {
		return values.size();
	}

	BitSet suppress() {
		BitSet suppressed = (BitSet) hiddenBefore.clone();
		for (int i = 0; i < values.size(); i++) {
			if (!locked.get(i) && isSmall(values.get(i))) {
				suppressed.set(i);
			}
		}
		if (suppressed.isEmpty()) {
			return suppressed;
		}
		Map<Integer, List<int[]>> relationsOf = new HashMap<>();
		for (int[] r : relations) {
			for (int c : r) {
				relationsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
			}
		}
		while (true) {
			while (completeGroups(suppressed)) {
				// repeat until no relation has a single suppressed cell
			}
			List<Integer> recoverable = recoverable(suppressed);
			if (recoverable.isEmpty()) {
				return suppressed;
			}
			// one complement per recoverable cell and round (the elimination is the expensive part), unless
			// a complement of this round already sits in one of its relations
			boolean added = false;
			java.util.Set<int[]> touched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
			for (int cell : recoverable) {
				List<int[]> own = relationsOf.getOrDefault(cell, List.of());
				if (own.stream().anyMatch(touched::contains)) {
					continue;
				}
				Integer complement = smallestUnsuppressed(relationsOf.getOrDefault(cell, List.of()), suppressed);
				if (complement == null) {
					complement = smallestUnsuppressed(relations.stream()
							.filter(r -> IntStream.of(r).anyMatch(suppressed::get)).toList(), suppressed);
				}
				if (complement != null) {
					suppressed.set(complement);
					touched.addAll(relationsOf.getOrDefault(complement, List.of()));
					added = true;
				}
			}
			if (!added) {
				return suppressed;
			}
		}
	}

	static boolean isSmall(long value) {
		return value >= 1 && value < THRESHOLD;
	}

	private boolean completeGroups(BitSet suppressed) {
		boolean changed = false;
		for (int[] r : relations) {
			if (IntStream.of(r).filter(suppressed::get).count() == 1) {
				Integer complement = smallestUnsuppressed(List.of(r), suppressed);
				if (complement != null) {
					suppressed.set(complement);
					changed = true;
				}
			}
		}
		return changed;
	}

	private Integer smallestUnsuppressed(List<int[]> among, BitSet suppressed) {
		return among.stream().flatMapToInt(IntStream::of).filter(c -> !suppressed.get(c) && !locked.get(c)).boxed().distinct()
				.min(Comparator.<Integer>comparingLong(values::get).thenComparing(levels::get).thenComparing(c -> c))
				.orElse(null);
	}

	/** The suppressed cells whose value follows from the shown ones (see the class comment, step 3). */
	List<Integer> recoverable(BitSet suppressed) {
		int[] unknowns = suppressed.stream().toArray();
		Map<Integer, Integer> column = new HashMap<>();
		for (int i = 0; i < unknowns.length; i++) {
			column.put(unknowns[i], i);
		}
		List<double[]> rows = new ArrayList<>();
		for (int[] r : relations) {
			double[] row = new double[unknowns.length];
			boolean any = false;
			for (int k = 0; k < r.length; k++) {
				Integer col = column.get(r[k]);
				if (col != null) {
					row[col] += k == 0 ? -1 : 1;
					any = true;
				}
			}
			if (any) {
				rows.add(row);
			}
		}
		double[][] m = rows.toArray(new double[0][]);
		List<Integer> found = new ArrayList<>();
		int pivotRow = 0;
		int[] pivotOf = new int[unknowns.length];
		java.util.Arrays.fill(pivotOf, -1);
		for (int col = 0; col < unknowns.length && pivotRow < m.length; col++) {
			int best = pivotRow;
			for (int r = pivotRow + 1; r < m.length; r++) {
				if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
					best = r;
				}
			}
			if (Math.abs(m[best][col]) < EPSILON) {
				continue;
			}
			double[] swap = m[best];
			m[best] = m[pivotRow];
			m[pivotRow] = swap;
			double pivot = m[pivotRow][col];
			for (int c = col; c < unknowns.length; c++) {
				m[pivotRow][c] /= pivot;
			}
			for (int r = 0; r < m.length; r++) {
				if (r != pivotRow && Math.abs(m[r][col]) > EPSILON) {
					double factor = m[r][col];
					for (int c = col; c < unknowns.length; c++) {
						m[r][c] -= factor * m[pivotRow][c];
					}
				}
			}
			pivotOf[col] = pivotRow;
			pivotRow++;
		}
		for (int col = 0; col < unknowns.length; col++) {
			if (pivotOf[col] >= 0 && onlyEntry(m[pivotOf[col]], col)) {
				found.add(unknowns[col]);
			}
		}
		return found;
	}

	private static boolean onlyEntry(double[] row, int col) {
		for (int c = 0; c < row.length; c++) {
			if (c != col && Math.abs(row[c]) > EPSILON) {
				return false;
			}
		}
		return true;
	}
}
