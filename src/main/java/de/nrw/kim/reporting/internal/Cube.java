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

	private final int year;
	private final Map<String, Map<Column, Long>> values;
	private final Map<String, List<String>> regions;
	private final Map<String, Map<Column, Boolean>> suppressed = new HashMap<>();

	public record Column(String measure, int month) {
	}

	private Cube(int year, Map<String, Map<Column, Long>> values, Map<String, List<String>> regions) {
		this.year = year;
		this.values = values;
		this.regions = regions;
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

	/** The exact figures of a year (the own municipality, the own caseload). */
	static Cube exact(int year, List<Municipality> municipalities, List<Figures.Stored> stored) {
		return build(year, municipalities, stored);
	}

	/**
	 * The state level's figures of a year, suppressed together with the earlier years already published:
	 * their patterns stay as they are, but their cells and the relations between consecutive years
	 * ({@link Measures#yearOverYearRelations()}) take part, so no difference across years gives a hidden
	 * cell away (ADR 0606).
	 *
	 * @param earlier the suppressed cubes of the earlier years, oldest first
	 */
	static Cube suppressed(int year, List<Municipality> municipalities, List<Figures.Stored> stored, List<Cube> earlier) {
		Cube cube = build(year, municipalities, stored);
		cube.suppress(earlier);
		return cube;
	}

	int year() {
		return year;
	}

	private static Cube build(int year, List<Municipality> municipalities, List<Figures.Stored> stored) {
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
		return new Cube(year, values, regions);
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

	private void suppress(List<Cube> earlier) {
		Suppression table = new Suppression();
		List<Cube> chain = new ArrayList<>(earlier);
		List<Map<String, Map<Column, Integer>>> chainCells = new ArrayList<>();
		for (Cube e : earlier) {
			chainCells.add(e.addTo(table, true));
		}
		Map<String, Map<Column, Integer>> cells = addTo(table, false);
		chain.add(this);
		chainCells.add(cells);
		for (int i = 1; i < chain.size(); i++) {
			if (chain.get(i - 1).year == chain.get(i).year - 1) {
				yearOverYear(table, chainCells.get(i - 1), chainCells.get(i));
			}
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

	private static void yearOverYear(Suppression table, Map<String, Map<Column, Integer>> before, Map<String, Map<Column, Integer>> cells) {
		for (String row : cells.keySet()) {
			for (List<String> r : Measures.yearOverYearRelations()) {
				table.relation(cells.get(row).get(new Column(r.get(0), 0)),
						List.of(before.get(row).get(new Column(r.get(1), 0)), cells.get(row).get(new Column(r.get(2), 0))));
			}
		}
	}

	/** This year's cells and relations in the table; locked = an earlier year, as published. */
	private Map<String, Map<Column, Integer>> addTo(Suppression table, boolean locked) {
		Map<String, Map<Column, Integer>> cells = new HashMap<>();
		List<Column> columns = columns();
		for (String row : values.keySet()) {
			int level = STATE.equals(row) ? 2 : regions.containsKey(row) ? 1 : 0;
			Map<Column, Integer> rowCells = new HashMap<>();
			for (Column c : columns) {
				rowCells.put(c, locked ? table.lockedCell(value(row, c), isSuppressed(row, c)) : table.cell(value(row, c), level));
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
		return cells;
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
