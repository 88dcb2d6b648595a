package de.nrw.kim.generator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The origins of the clients and their names, read from {@code generator/names.txt} (ADR 0802). */
final class NamePool {

	private final List<Origin> origins;
	private final int totalWeight;

	private NamePool(List<Origin> origins) {
		this.origins = List.copyOf(origins);
		this.totalWeight = origins.stream().mapToInt(Origin::weight).sum();
	}

	static NamePool load() {
		var in = NamePool.class.getResourceAsStream("/generator/names.txt");
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Origin> origins = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String rest = line.substring(2).trim();
				switch (line.charAt(0)) {
					case '@' -> {
						String[] f = rest.split(" ");
						origins.add(new Origin(f[0], Integer.parseInt(f[1]), f[2], f[3], Double.parseDouble(f[4]),
								new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
					}
					case 'M' -> origins.get(origins.size() - 1).male().addAll(names(rest));
					case 'F' -> origins.get(origins.size() - 1).female().addAll(names(rest));
					case 'S' -> origins.get(origins.size() - 1).family().addAll(names(rest));
					default -> throw new IllegalStateException("names.txt: unbekannte Zeile " + line);
				}
			}
			return new NamePool(origins);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Name> names(String list) {
		List<Name> names = new ArrayList<>();
		for (String entry : list.split(",")) {
			String[] parts = entry.trim().split("=", 2);
			names.add(new Name(List.of(parts[0].split("/")), parts.length > 1 ? parts[1] : null));
		}
		return names;
	}

	Origin pick(SplittableRandom random) {
		int n = random.nextInt(totalWeight);
		for (Origin origin : origins) {
			n -= origin.weight();
			if (n < 0) {
				return origin;
			}
		}
		throw new IllegalStateException();
	}

	List<Origin> origins() {
		return origins;
	}

	/**
	 * @param originalShare how many of its clients also have the name in original script recorded
	 */
	record Origin(String code, int weight, String nationality, String language, double originalShare, List<Name> male,
			List<Name> female, List<Name> family) {

		Name given(boolean male, SplittableRandom random) {
			List<Name> names = male ? this.male : female;
			return names.get(random.nextInt(names.size()));
		}

		Name familyName(SplittableRandom random) {
			return family.get(random.nextInt(family.size()));
		}
	}

	/** A name: its Latin spellings (the usual one first) and its original script, if any. */
	record Name(List<String> spellings, String original) {

		/** Mostly the usual spelling, sometimes a variant, as different offices write it. */
		String spelling(SplittableRandom random) {
			return spellings.size() == 1 || random.nextDouble() < 0.7 ? spellings.get(0)
					: spellings.get(1 + random.nextInt(spellings.size() - 1));
		}

		String otherSpelling(String used, SplittableRandom random) {
			List<String> others = spellings.stream().filter(s -> !s.equals(used)).toList();
			return others.isEmpty() ? used : others.get(random.nextInt(others.size()));
		}
	}
}
