package de.nrw.kim.dataimport.internal;

import java.util.List;

/** An uploaded sheet: the header row and the data rows as texts (row 1 of the file is the header). */
public record Table(String filename, List<String> headers, List<List<String>> rows) {

	public String cell(int row, Integer column) {
		if (column == null || column < 0) {
			return null;
		}
		List<String> cells = rows.get(row);
		return column < cells.size() ? cells.get(column) : null;
	}
}
