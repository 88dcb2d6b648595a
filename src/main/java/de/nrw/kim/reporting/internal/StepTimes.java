package de.nrw.kim.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Milliseconds spent per step of a long recomputation, for its log line (threads may add at once). */
final class StepTimes {

	private final Map<String, Long> nanos = new LinkedHashMap<>();

	<T> T time(String step, Supplier<T> work) {
		long started = System.nanoTime();
		try {
			return work.get();
		} finally {
			add(step, System.nanoTime() - started);
		}
	}

	private synchronized void add(String step, long took) {
		nanos.merge(step, took, Long::sum);
	}

	@Override
	public synchronized String toString() {
		StringBuilder text = new StringBuilder();
		nanos.forEach((step, n) -> text.append(text.isEmpty() ? "" : ", ").append(step).append(' ').append(n / 1_000_000));
		return text.toString();
	}
}
