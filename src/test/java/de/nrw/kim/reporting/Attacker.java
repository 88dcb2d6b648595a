package de.nrw.kim.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tries to recover hidden cells from published ones: every relation {@code total = sum of parts} is one
 * linear equation; a hidden cell is recovered when adding "this cell alone" as an equation does not
 * raise the rank of the system of hidden unknowns (it is then a combination of the published equations).
 * Written independently of the production suppression so that a mistake there cannot hide here.
 */
public final class Attacker {

	private Attacker() {
	}

	/**
	 * @param hidden    the names of the hidden cells
	 * @param relations each relation as [total, part, part, …] of cell names
	 * @return the hidden cells whose value the attacker can compute
	 */
	public static List<String> recoverable(List<String> hidden, List<List<String>> relations) {
		List<double[]> equations = new ArrayList<>();
		for (List<String> relation : relations) {
			double[] eq = new double[hidden.size()];
			boolean any = false;
			for (int k = 0; k < relation.size(); k++) {
				int col = hidden.indexOf(relation.get(k));
				if (col >= 0) {
					eq[col] += k == 0 ? -1 : 1;
					any = true;
				}
			}
			if (any) {
				equations.add(eq);
			}
		}
		int base = rank(equations, hidden.size());
		List<String> found = new ArrayList<>();
		for (int i = 0; i < hidden.size(); i++) {
			List<double[]> with = new ArrayList<>(equations);
			double[] unit = new double[hidden.size()];
			unit[i] = 1;
			with.add(unit);
			if (rank(with, hidden.size()) == base) {
				found.add(hidden.get(i));
			}
		}
		return found;
	}

	public static List<String> recoverable(Map<String, Long> published, List<List<String>> relations) {
		return recoverable(published.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList(),
				relations);
	}

	/**
	 * The same question for large tables in one elimination: a hidden cell is determined exactly when every
	 * solution of the homogeneous system is zero there, i.e. its column is a pivot column whose row in the
	 * reduced echelon form has no entry in a free column.
	 */
	public static List<String> recoverableAtOnce(Map<String, Long> published, List<List<String>> relations) {
		List<String> hidden = published.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
		Map<String, Integer> column = new java.util.HashMap<>();
		for (int i = 0; i < hidden.size(); i++) {
			column.put(hidden.get(i), i);
		}
		List<double[]> rows = new ArrayList<>();
		for (List<String> relation : relations) {
			double[] eq = new double[hidden.size()];
			boolean any = false;
			for (int k = 0; k < relation.size(); k++) {
				Integer col = column.get(relation.get(k));
				if (col != null) {
					eq[col] += k == 0 ? -1 : 1;
					any = true;
				}
			}
			if (any) {
				rows.add(eq);
			}
		}
		double[][] m = rows.toArray(new double[0][]);
		int[] pivotRowOf = new int[hidden.size()];
		java.util.Arrays.fill(pivotRowOf, -1);
		int next = 0;
		for (int col = 0; col < hidden.size() && next < m.length; col++) {
			int pivot = -1;
			for (int r = next; r < m.length; r++) {
				if (Math.abs(m[r][col]) > 1e-9 && (pivot < 0 || Math.abs(m[r][col]) > Math.abs(m[pivot][col]))) {
					pivot = r;
				}
			}
			if (pivot < 0) {
				continue;
			}
			double[] t = m[pivot];
			m[pivot] = m[next];
			m[next] = t;
			double p = m[next][col];
			for (int c = 0; c < hidden.size(); c++) {
				m[next][c] /= p;
			}
			for (int r = 0; r < m.length; r++) {
				double f = m[r][col];
				if (r != next && Math.abs(f) > 1e-9) {
					for (int c = 0; c < hidden.size(); c++) {
						m[r][c] -= f * m[next][c];
					}
				}
			}
			pivotRowOf[col] = next++;
		}
		List<String> found = new ArrayList<>();
		for (int col = 0; col < hidden.size(); col++) {
			if (pivotRowOf[col] < 0) {
				continue;
			}
			double[] row = m[pivotRowOf[col]];
			boolean alone = true;
			for (int c = 0; c < hidden.size() && alone; c++) {
				alone = c == col || pivotRowOf[c] >= 0 || Math.abs(row[c]) < 1e-9;
			}
			if (alone) {
				found.add(hidden.get(col));
			}
		}
		return found;
	}

	private static int rank(List<double[]> rows, int columns) {
		double[][] m = new double[rows.size()][];
		for (int i = 0; i < m.length; i++) {
			m[i] = rows.get(i).clone();
		}
		int rank = 0;
		for (int col = 0; col < columns && rank < m.length; col++) {
			int pivot = -1;
			for (int r = rank; r < m.length; r++) {
				if (Math.abs(m[r][col]) > 1e-9 && (pivot < 0 || Math.abs(m[r][col]) > Math.abs(m[pivot][col]))) {
					pivot = r;
				}
			}
			if (pivot < 0) {
				continue;
			}
			double[] t = m[pivot];
			m[pivot] = m[rank];
			m[rank] = t;
			for (int r = rank + 1; r < m.length; r++) {
				double f = m[r][col] / m[rank][col];
				for (int c = col; c < columns; c++) {
					m[r][c] -= f * m[rank][c];
				}
			}
			rank++;
		}
		return rank;
	}
}
