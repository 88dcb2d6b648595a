package de.nrw.kim.reporting.internal;

import java.util.HashMap;
import java.util.Map;

import de.nrw.kim.residence.ResidenceFigures;

import static de.nrw.kim.reporting.internal.Measures.*;

/**
 * The residence module's clients per status group on the last day of a year (today in the running year)
 * as stored figures of the municipality; the total is their sum, so it takes part in the suppression.
 */
final class ResidenceCounts {

	private ResidenceCounts() {
	}

	static Map<FigureKey, Long> figures(ResidenceFigures.Figures f) {
		Map<FigureKey, Long> figures = new HashMap<>();
		long total = 0;
		for (var e : f.clientsByStatusGroup().entrySet()) {
			put(figures, RESIDENCE_GROUP + e.getKey().name(), e.getValue());
			total += e.getValue();
		}
		put(figures, RESIDENCE_CLIENTS, total);
		return figures;
	}

	private static void put(Map<FigureKey, Long> figures, String measure, long value) {
		if (value != 0) {
			figures.put(new FigureKey(FigureCalculator.MUNICIPALITY, measure, 0), value);
		}
	}
}
