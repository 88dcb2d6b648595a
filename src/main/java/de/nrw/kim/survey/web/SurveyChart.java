package de.nrw.kim.survey.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * A horizontal bar chart drawn as server-side SVG (no script, CSP-safe), as on the funding permanence
 * dashboard: each bar is a share from 0 to 1. The page shows the same numbers in a table, so the chart
 * is never the only way.
 */
public record SurveyChart(String id, String title, String description, List<Bar> bars) {

	static final int LABEL_WIDTH = 300;
	static final int MAX_BAR = 360;
	static final int ROW = 22;

	public int height() {
		return bars.size() * ROW + 10;
	}

	public String viewBox() {
		return "0 0 " + (LABEL_WIDTH + MAX_BAR + 90) + " " + height();
	}

	public int axisX() {
		return LABEL_WIDTH;
	}

	public int labelX() {
		return LABEL_WIDTH - 6;
	}

	/** One bar; {@code width} in SVG units, {@code y} its top. */
	public record Bar(String label, BigDecimal share, String valueText, int index) {

		public String shortLabel() {
			return label.length() > 44 ? label.substring(0, 43) + "…" : label;
		}

		public int x() {
			return LABEL_WIDTH;
		}

		public int width() {
			return share == null ? 0 : share.multiply(BigDecimal.valueOf(MAX_BAR)).intValue();
		}

		public int y() {
			return index * ROW + 4;
		}

		public int textY() {
			return index * ROW + 16;
		}

		public int valueX() {
			return LABEL_WIDTH + width() + 6;
		}
	}
}
