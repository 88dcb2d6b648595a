package de.nrw.kim.generator.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

import org.postgresql.copy.CopyManager;

/** Rows of one table in PostgreSQL's COPY text format, collected in memory and sent in one COPY. */
final class CopyTable {

	private final String name;
	private final String columns;
	private final StringBuilder text = new StringBuilder(1 << 16);
	private long rows;

	CopyTable(String name, String columns) {
		this.name = name;
		this.columns = columns;
	}

	void row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				text.append('\t');
			}
			append(values[i]);
		}
		text.append('\n');
		rows++;
	}

	long rows() {
		return rows;
	}

	String text() {
		return text.toString();
	}

	String name() {
		return name;
	}

	long copy(CopyManager copy) throws SQLException, IOException {
		if (rows == 0) {
			return 0;
		}
		return copy.copyIn("COPY " + name + " (" + columns + ") FROM STDIN", new StringReader(text.toString()));
	}

	private void append(Object value) {
		if (value == null) {
			text.append("\\N");
		} else if (value instanceof Boolean b) {
			text.append(b ? 't' : 'f');
		} else if (value instanceof Collection<?> list) {
			StringBuilder array = new StringBuilder("{");
			for (Object element : list) {
				if (array.length() > 1) {
					array.append(',');
				}
				array.append('"').append(element.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
			escaped(array.append('}').toString());
		} else if (value instanceof UUID || value instanceof Number) {
			text.append(value);
		} else {
			escaped(value.toString());
		}
	}

	private void escaped(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}
}
