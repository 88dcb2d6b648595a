package de.nrw.kim.retention.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import de.nrw.kim.platform.CsvCells;
import de.nrw.kim.retention.internal.RetentionRun;

/** The deletion report as CSV for the data-protection officer (UTF-8 with BOM, semicolons, formula-safe). */
final class DeletionReportCsv {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
			.withZone(ZoneId.of("Europe/Berlin"));

	private DeletionReportCsv() {
	}

	static byte[] of(List<RetentionRun> runs) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(CsvCells.line(List.of("Gelaufen am", "Stichtag", "Art", "Frist (Jahre)", "Ausgelöst von",
				"Gelöschte Personen", "Anonymisierte Fälle", "Datensätze je Bereich")));
		for (RetentionRun run : runs) {
			out.append(CsvCells.line(List.of(TIME.format(run.startedAt()), DAY.format(run.asOf()),
					run.dryRun() ? "Probelauf" : "Löschlauf", Integer.toString(run.retentionYears()), run.startedBy(),
					Integer.toString(run.deletedClients()), Integer.toString(run.anonymisedCases()),
					run.erasedRecords().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
							.collect(Collectors.joining(", ")))));
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}
}
