package de.nrw.kim.generator.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the generator after the demo users and funding demo data exist ({@code generate --clients=N
 * --seed=S [--today=YYYY-MM-DD]}); the application then ends.
 */
@Component
@Order(1000)
@ConditionalOnProperty(name = "kim.generator.run", havingValue = "true")
class GeneratorRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeneratorRunner.class);
	private static final int MAX_CLIENTS = 5_000_000;

	private final StatewideGenerator generator;

	GeneratorRunner(StatewideGenerator generator) {
		this.generator = generator;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		int clients = (int) number(args, "clients", 1, MAX_CLIENTS, 1000);
		long seed = number(args, "seed", Long.MIN_VALUE, Long.MAX_VALUE, 1);
		LocalDate today = args.containsOption("today") ? LocalDate.parse(single(args, "today"))
				: LocalDate.now(ZoneId.of("Europe/Berlin"));
		var result = generator.generate(clients, seed, today);
		log.info("Generator fertig: {} (Laden {} ms, Kennzahlen {} ms)", result.rows(), result.loadMillis(),
				result.statisticsMillis());
	}

	private static long number(ApplicationArguments args, String name, long min, long max, long fallback) {
		if (!args.containsOption(name)) {
			return fallback;
		}
		try {
			long value = Long.parseLong(single(args, name));
			if (value < min || value > max) {
				throw new IllegalArgumentException("--" + name + " muss zwischen " + min + " und " + max + " liegen.");
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + name + " muss eine ganze Zahl sein.");
		}
	}

	private static String single(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values.get(values.size() - 1);
	}
}
