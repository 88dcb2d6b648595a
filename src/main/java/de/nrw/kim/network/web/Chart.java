package de.nrw.kim.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart of counts drawn as server-side SVG (no script, no inline style); the page
 * always shows the same numbers in a table, so the chart is never the only way to read them.
 */
public record Chart(String id, String title, String description, List<Bar> bars) {

	static final int LABEL_WIDTH = 260;
	static final int MAX_BAR = 380;
	static final int ROW = 22;

	/** Labels and counts in the given order; bars are scaled to the largest count. */
	static Chart of(String id, String title, String description, Map<String, Long> counts) {
		long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		counts.forEach((label, count) -> bars.add(new Bar(label, count, max == 0 ? 0 : (int) (count * MAX_BAR / max), bars.size())));
		return new Chart(id, title, description, bars);
	}

	public int height() {
		return bars.size() * ROW + 10;
	}

	public String viewBox() {
		return "0 0 " + (LABEL_WIDTH + MAX_BAR + 60) + " " + height();
	}

	public boolean isEmpty() {
		return bars.stream().allMatch(b -> b.count() == 0);
	}

	public record Bar(String label, long count, int width, int index) {

		public int y() {
			return index * ROW + 4;
		}

		public int textY() {
			return index * ROW + 16;
		}

		public int valueX() {
			return LABEL_WIDTH + width + 6;
		}
	}
}
