package de.nrw.kim.generator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The case managers of one municipality: the ones already there (demo users) and generated ones in the
 * integration centre (the existing one, else a generated one) and a welfare organisation, enough for
 * about 55 open cases each.
 */
final class Staff {

	private static final String[] GIVEN = { "Anna", "Jan", "Sarah", "Tobias", "Miriam", "Deniz", "Olga", "Christian",
			"Fatma", "Nils", "Claudia", "Ahmad", "Julia", "Markus", "Elif", "Kerstin" };
	private static final String[] FAMILY = { "Becker", "Yıldız", "Hartmann", "Nowak", "Krämer", "Haddad", "Schulte",
			"Lange", "Petrović", "Brandt", "Özkan", "Vogel", "Kuhn", "Sommer", "Jansen", "Kovač" };
	private static final String[] WELFARE = { "Caritasverband", "Diakonie", "AWO", "Deutsches Rotes Kreuz" };

	record Manager(String username, String name, UUID organisation) {
	}

	private final List<Manager> managers;

	private Staff(List<Manager> managers) {
		this.managers = List.copyOf(managers);
	}

	static Staff generate(Batch batch, String municipalityName, int clients, List<Manager> existing, String passwordHash,
			SplittableRandom random) {
		List<Manager> managers = new ArrayList<>(existing);
		int wanted = Math.max(3, (int) Math.ceil(clients * 1.3 * 0.3 / 55.0));
		String place = municipalityName.replace("Kreis ", "").replace(" (Stadt)", "");
		UUID welfare = Ids.next(random);
		// the generated staff join the office of the first existing case manager (Köln: the demo integration centre)
		UUID office = existing.isEmpty() ? Ids.next(random) : existing.get(0).organisation();
		if (existing.isEmpty()) {
			batch.organisations.row(batch.municipality, office, "Kommunales Integrationszentrum " + place, "MUNICIPAL_OFFICE");
		}
		batch.organisations.row(batch.municipality, welfare, WELFARE[random.nextInt(WELFARE.length)] + " " + place + " e. V.",
				"WELFARE_ORG");
		for (int i = managers.size(); i < wanted; i++) {
			String username = "fm%03d.%s".formatted(i + 1, batch.municipality);
			String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
			UUID organisation = random.nextDouble() < 0.7 ? office : welfare;
			batch.users.row(Ids.next(random), username, passwordHash, name, username + "@kim.example", List.of("CASE_MANAGER"),
					batch.municipality, organisation);
			managers.add(new Manager(username, name, organisation));
		}
		return new Staff(managers);
	}

	Manager pick(SplittableRandom random) {
		return managers.get(random.nextInt(managers.size()));
	}

	int size() {
		return managers.size();
	}
}
