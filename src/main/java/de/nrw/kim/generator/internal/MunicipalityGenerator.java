package de.nrw.kim.generator.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import de.nrw.kim.platform.Municipality;

/** Generates the complete rows of one municipality, deterministically from the seed and its key. */
final class MunicipalityGenerator {

	private final NamePool names;
	private final SearchKeyCache keys = new SearchKeyCache();
	private final long seed;
	private final LocalDate today;
	private final String passwordHash;

	MunicipalityGenerator(NamePool names, long seed, LocalDate today, String passwordHash) {
		this.names = names;
		this.seed = seed;
		this.today = today;
		this.passwordHash = passwordHash;
	}

	Batch generate(Municipality municipality, int clients, List<Staff.Manager> existingManagers) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + municipality.key().hashCode());
		Batch batch = new Batch(municipality.key());
		String place = municipality.name().replace("Kreis ", "").replace(" (Stadt)", "");
		Staff staff = Staff.generate(batch, municipality.name(), clients, existingManagers, passwordHash, random);
		Partners partners = Partners.generate(batch, place, "generator", random);
		ClientRows clientRows = new ClientRows(names, keys, batch, random, today);
		CaseRows caseRows = new CaseRows(batch, random, today, clientRows, partners);
		for (int i = 0; i < clients; i++) {
			Staff.Manager manager = staff.pick(random);
			var client = clientRows.next(manager, caseRows.firstOpening());
			caseRows.casesOf(client, staff, manager);
		}
		return batch;
	}
}
