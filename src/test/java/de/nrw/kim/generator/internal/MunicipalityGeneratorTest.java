package de.nrw.kim.generator.internal;

import java.time.LocalDate;
import java.util.List;

import de.nrw.kim.platform.Municipality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityGeneratorTest {

	private static final Municipality KOELN = new Municipality("05315", "Köln", "KREISFREIE_STADT", "KOELN");
	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void theSameSeedGivesTheSameRows() {
		assertThat(text(generate(7))).isEqualTo(text(generate(7))).isNotEqualTo(text(generate(8)));
	}

	@Test
	void someClientsAreTheSamePersonWrittenDifferently() {
		List<String[]> clients = generate(7).clients.text().lines().map(l -> l.split("\t")).toList();
		assertThat(clients).hasSize(2000);
		// same person: same birth year and sound of the name, another spelling ("Mueller" / "Müller")
		long respelt = clients.stream()
				.filter(a -> clients.stream().anyMatch(b -> a[6].substring(0, 4).equals(b[6].substring(0, 4))
						&& a[14].equals(b[14]) && !(a[3] + a[4]).equals(b[3] + b[4])))
				.count();
		assertThat(respelt).isGreaterThan(10);
	}

	@Test
	void spreadsByPopulationAndKeepsTheTotal() {
		var shares = Populations.apportion(1000, List.of("05315", "05515", "05966"), Populations.load());
		assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
		assertThat(shares.get("05315")).isGreaterThan(shares.get("05515")).isGreaterThan(shares.get("05966"));
	}

	private static Batch generate(long seed) {
		return new MunicipalityGenerator(NamePool.load(), seed, TODAY, "{noop}x").generate(KOELN, 2000, List.of());
	}

	private static String text(Batch batch) {
		return batch.inLoadOrder().stream().map(CopyTable::text).reduce("", String::concat);
	}
}
