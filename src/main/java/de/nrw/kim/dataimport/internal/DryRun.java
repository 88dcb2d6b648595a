package de.nrw.kim.dataimport.internal;

import java.util.List;

/**
 * The outcome of a dry run: every problem with its spreadsheet row (as Excel numbers it, header = 1),
 * column and German message. Errors block the import; warnings (possible duplicates) do not.
 */
public record DryRun(int rows, int cases, List<Problem> problems) {

	public enum Severity {
		ERROR, WARNING
	}

	public record Problem(int row, String column, String message, Severity severity) {
	}

	public long errors() {
		return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
	}

	public long warnings() {
		return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
	}

	public boolean importable() {
		return errors() == 0;
	}
}
