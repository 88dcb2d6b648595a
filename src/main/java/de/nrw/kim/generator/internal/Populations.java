package de.nrw.kim.generator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads the clients over the municipalities in proportion to their population (rounded figures of
 * IT.NRW, {@code generator/population.csv}), by largest remainder so the total is exact.
 */
final class Populations {

	private Populations() {
	}

	static Map<String, Long> load() {
		var in = Populations.class.getResourceAsStream("/generator/population.csv");
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			Map<String, Long> population = new LinkedHashMap<>();
			reader.lines().skip(1).map(line -> line.split(",")).forEach(f -> population.put(f[0], Long.parseLong(f[1])));
			return population;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Map<String, Integer> apportion(int clients, List<String> keys, Map<String, Long> population) {
		long total = keys.stream().mapToLong(k -> population.getOrDefault(k, 100_000L)).sum();
		Map<String, Integer> shares = new LinkedHashMap<>();
		Map<String, Double> remainders = new LinkedHashMap<>();
		int given = 0;
		for (String key : keys) {
			double exact = (double) clients * population.getOrDefault(key, 100_000L) / total;
			shares.put(key, (int) exact);
			remainders.put(key, exact - (int) exact);
			given += (int) exact;
		}
		List<String> byRemainder = keys.stream()
				.sorted(Comparator.comparing((String k) -> remainders.get(k)).reversed().thenComparing(k -> k)).toList();
		for (int i = 0; given < clients; i++, given++) {
			shares.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
		}
		return shares;
	}
}
