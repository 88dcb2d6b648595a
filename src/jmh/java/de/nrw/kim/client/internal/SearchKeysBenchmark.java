package de.nrw.kim.client.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import de.nrw.kim.client.PartialDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The name keys computed on every save, search and duplicate check of a client: normalisation and
 * transliteration into Latin spellings, Cologne phonetic codes, the query forms of a search and the
 * likeness score of a duplicate candidate. One name per script, as the platform sees them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchKeysBenchmark {

	@Param({ "LATIN", "CYRILLIC", "ARABIC" })
	public String script;

	private String given;
	private String family;
	private String original;
	private Clients.Match candidate;

	@org.openjdk.jmh.annotations.Setup
	public void names() {
		switch (script) {
			case "LATIN" -> {
				given = "Jürgen Ömer";
				family = "Müller-Lüdenscheidt";
				original = null;
				candidate = new Clients.Match(null, "Juergen", "Mueller Luedenscheid", null, "1984", 0.8);
			}
			case "CYRILLIC" -> {
				given = "Oleksandr";
				family = "Schewtschenko";
				original = "Олександр Шевченко";
				candidate = new Clients.Match(null, "Aleksandr", "Shevchenko", "Александр Шевченко", "1984", 0.8);
			}
			default -> {
				given = "Mohammed";
				family = "Al-Hussein";
				original = "محمد الحسين";
				candidate = new Clients.Match(null, "Muhammad", "Alhusain", "محمد الحسين", null, 0.8);
			}
		}
	}

	@Benchmark
	public List<String> spellings() {
		return SearchKeys.spellings(original != null ? original : given + " " + family);
	}

	@Benchmark
	public String searchNames() {
		return SearchKeys.searchNames(given, family, original);
	}

	@Benchmark
	public List<String> phoneticCodes() {
		return SearchKeys.phoneticCodes(given, family, original);
	}

	@Benchmark
	public List<SearchKeys.QueryForm> queryForms() {
		return SearchKeys.query(given + " " + family);
	}

	@Benchmark
	public double duplicateLikeness() {
		return Likeness.of(given, family, PartialDate.parse("1984-05"), candidate);
	}
}
