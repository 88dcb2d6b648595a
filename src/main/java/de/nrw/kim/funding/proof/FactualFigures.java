package de.nrw.kim.funding.proof;

import java.util.List;

/**
 * The figures of the factual report (Sachbericht) of a proof of use: sections of counted rows, each
 * named by a message key ({@code funding.factual.<section>} and {@code funding.factual.<section>.<row>}).
 * Only counts, never a person. Stored with the proof of use when it is submitted, so the checked
 * report keeps the figures it was submitted with.
 */
public record FactualFigures(List<Section> sections) {

	/** One block of the report, e.g. "cases"; sources add their own ({@link FactualReportSource}). */
	public record Section(String key, List<Row> rows) {
	}

	/** One figure; {@code detail} rows break down the row above them (e.g. closed cases by reason). */
	public record Row(String key, long count, boolean detail) {

		public static Row of(String key, long count) {
			return new Row(key, count, false);
		}

		public static Row detail(String key, long count) {
			return new Row(key, count, true);
		}
	}
}
