package de.nrw.kim.dataimport.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.platform.ValidationException;

/** Which column (0-based) holds which field; a field may stay unmapped. */
public record Mapping(Map<Target, Integer> columns) {

	public Integer column(Target target) {
		return columns.get(target);
	}

	/** Suggests a column for every field whose header matches (German or English), each column once. */
	public static Mapping suggest(List<String> headers) {
		Map<Target, Integer> columns = new EnumMap<>(Target.class);
		for (Target target : Target.values()) {
			for (int i = 0; i < headers.size(); i++) {
				if (!columns.containsValue(i) && target.matches(headers.get(i))) {
					columns.put(target, i);
					break;
				}
			}
		}
		return new Mapping(columns);
	}

	/** A mapping field → header name, as the API and the form send it; unknown headers are refused. */
	public static Mapping of(Map<String, String> byField, List<String> headers) {
		Map<Target, Integer> columns = new EnumMap<>(Target.class);
		for (Map.Entry<String, String> entry : byField.entrySet()) {
			Target target = Target.byField(entry.getKey());
			if (target == null) {
				throw new ValidationException("mapping", "Unbekanntes Feld „" + entry.getKey() + "“.");
			}
			if (entry.getValue() == null || entry.getValue().isBlank()) {
				continue;
			}
			int column = headers.indexOf(entry.getValue());
			if (column < 0) {
				throw new ValidationException(target.field(), "Die Spalte „" + entry.getValue() + "“ gibt es in der Datei nicht.");
			}
			columns.put(target, column);
		}
		return new Mapping(columns);
	}

	/** field → header name, for the API answer and the form. */
	public Map<String, String> byField(List<String> headers) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (Target target : Target.values()) {
			Integer column = columns.get(target);
			map.put(target.field(), column == null ? null : headers.get(column));
		}
		return map;
	}
}
