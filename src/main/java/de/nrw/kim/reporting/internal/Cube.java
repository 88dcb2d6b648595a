package de.nrw.kim.reporting.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.platform.Municipality;

import static de.nrw.kim.reporting.internal.Measures.*;

/**
 * All published counts of one year as one table — municipalities, regions and the state as rows, every
 * measure (and month) as a column — suppressed together, so that no combination of the endpoints
 * (municipalities, regions, state; cases, months, clients, outcomes) recovers a suppressed cell.
 * Minutes follow their contacts and phase days their phase cases: they are suppressed exactly where
 * those are.
 */
public final class Cube {

	static final String STATE = "NRW";

	private final Map<String, Map<Column, Long>> values;
	private final Map<String, Map<Column, Boolean>> suppressed = new HashMap<>();

	public record Column(String measure, int month) {
	}

	private Cube(Map<String, Map<Column, Long>> values) {
		this.values = values;
	}

	public static List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		countsOfYear().forEach(m -> columns.add(new Column(m, 0)));
		for (String m : MONTHLY) {
			if (!MINUTES.equals(m)) {
				for (int month = 1; month <= 12; month++) {
					columns.add(new Column(m, month));
				}
			}
		}
		return columns;
	}

	/**
	 * @param stored       the stored figures of the year (scope = municipality)
	 * @param suppress     whether to suppress (state level) or show exact numbers (own municipality)
	 */
	static Cube of(List<Municipality> municipalities, List<Figures.Stored> stored, boolean suppress) {
		Map<String, Map<Column, Long>> values = new LinkedHashMap<>();
		Map<String, List<String>> regions = new LinkedHashMap<>();
		for (Municipality m : municipalities) {
			values.put(m.key(), new HashMap<>());
			regions.computeIfAbsent(m.region(), r -> new ArrayList<>()).add(m.key());
		}
		for (Figures.Stored s : stored) {
			Map<Column, Long> row = values.get(s.municipality());
			if (row != null) {
				row.put(new Column(s.measure(), s.month()), s.value());
			}
		}
		List<Column> all = new ArrayList<>(columns());
		all.add(new Column(MINUTES, 0));
		for (int month = 1; month <= 12; month++) {
			all.add(new Column(MINUTES, month));
		}
		Measures.OPEN_PHASES.forEach(p -> all.add(new Column(PHASE_DAYS + p, 0)));
		regions.forEach((region, keys) -> values.put(region, sum(keys, values, all)));
		values.put(STATE, sum(List.copyOf(regions.keySet()), values, all));
		Cube cube = new Cube(values);
		if (suppress) {
			cube.suppress(regions);
		}
		return cube;
	}

	private static Map<Column, Long> sum(List<String> keys, Map<String, Map<Column, Long>> values, List<Column> columns) {
		Map<Column, Long> total = new HashMap<>();
		for (Column c : columns) {
			long sum = keys.stream().mapToLong(k -> values.get(k).getOrDefault(c, 0L)).sum();
			if (sum != 0) {
				total.put(c, sum);
			}
		}
		return total;
	}

	private void suppress(Map<String, List<String>> regions) {
		Suppression table = new Suppression();
		Map<String, Map<Column, Integer>> cells = new HashMap<>();
		List<Column> columns = columns();
		for (String row : values.keySet()) {
			int level = STATE.equals(row) ? 2 : regions.containsKey(row) ? 1 : 0;
			Map<Column, Integer> rowCells = new HashMap<>();
			for (Column c : columns) {
				rowCells.put(c, table.cell(value(row, c), level));
			}
			cells.put(row, rowCells);
			for (List<String> relation : rowRelations()) {
				table.relation(rowCells.get(new Column(relation.get(0), 0)),
						relation.subList(1, relation.size()).stream().map(m -> rowCells.get(new Column(m, 0))).toList());
			}
			for (String m : MONTHLY) {
				if (!MINUTES.equals(m)) {
					List<Integer> months = new ArrayList<>();
					for (int month = 1; month <= 12; month++) {
						months.add(rowCells.get(new Column(m, month)));
					}
					table.relation(rowCells.get(new Column(m, 0)), months);
				}
			}
		}
		for (Column c : columns) {
			regions.forEach((region, keys) -> table.relation(cells.get(region).get(c),
					keys.stream().map(k -> cells.get(k).get(c)).toList()));
			table.relation(cells.get(STATE).get(c), regions.keySet().stream().map(r -> cells.get(r).get(c)).toList());
		}
		BitSet hidden = table.suppress();
		cells.forEach((row, rowCells) -> {
			Map<Column, Boolean> flags = new HashMap<>();
			rowCells.forEach((c, index) -> flags.put(c, hidden.get(index)));
			for (int month = 0; month <= 12; month++) {
				flags.put(new Column(MINUTES, month), flags.get(new Column(CONTACTS, month)));
			}
			Measures.OPEN_PHASES.forEach(p -> flags.put(new Column(PHASE_DAYS + p, 0), flags.get(new Column(PHASE_CASES + p, 0))));
			suppressed.put(row, flags);
		});
	}

	long value(String row, Column column) {
		return values.getOrDefault(row, Map.of()).getOrDefault(column, 0L);
	}

	/** The published value: {@code null} when suppressed. */
	public Long published(String row, String measure, int month) {
		Column column = new Column(measure, month);
		return isSuppressed(row, column) ? null : value(row, column);
	}

	public boolean isSuppressed(String row, Column column) {
		return suppressed.getOrDefault(row, Map.of()).getOrDefault(column, false);
	}
}
