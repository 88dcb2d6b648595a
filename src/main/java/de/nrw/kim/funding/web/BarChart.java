package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * A horizontal bar chart drawn as server-side SVG (no script, CSP-safe): each bar is a share from 0
 * to 1. The page shows the same numbers in a table next to it, so the chart is never the only way.
 */
public record BarChart(String id, String title, String description, List<Bar> bars) {

	static final int LABEL_WIDTH = 230;
	static final int MAX_BAR = 400;
	static final int ROW = 22;

	public int height() {
		return bars.size() * ROW + 10;
	}

	public String viewBox() {
		return "0 0 " + (LABEL_WIDTH + MAX_BAR + 80) + " " + height();
	}

	/** One bar; {@code width} in SVG units, {@code y} its top. */
	public record Bar(String label, BigDecimal share, String valueText, int index) {

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
