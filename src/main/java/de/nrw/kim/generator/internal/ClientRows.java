package de.nrw.kim.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import de.nrw.kim.client.NameSearchKeys;

/**
 * Clients of one municipality: names from the origin mix with spelling variants and original script,
 * partial birth dates (ADR 0012), nationalities, languages, residence statuses, and a share of true
 * duplicates (the same person entered twice with another spelling).
 */
final class ClientRows {

	static final double DUPLICATE_SHARE = 0.015;

	record GeneratedClient(UUID id, NamePool.Origin origin, UUID organisation, String givenName, String familyName,
			String birthDate, LocalDate firstSeen) {
	}

	private final NamePool names;
	private final SearchKeyCache keys;
	private final Batch batch;
	private final SplittableRandom random;
	private final LocalDate today;
	private final List<GeneratedClient> generated = new ArrayList<>();

	ClientRows(NamePool names, SearchKeyCache keys, Batch batch, SplittableRandom random, LocalDate today) {
		this.names = names;
		this.keys = keys;
		this.batch = batch;
		this.random = random;
		this.today = today;
	}

	GeneratedClient next(Staff.Manager owner, LocalDate firstSeen) {
		if (generated.size() > 20 && random.nextDouble() < DUPLICATE_SHARE) {
			return duplicate(generated.get(random.nextInt(generated.size())), owner, firstSeen);
		}
		NamePool.Origin origin = names.pick(random);
		double g = random.nextDouble();
		String gender = g < 0.51 ? "MALE" : g < 0.99 ? "FEMALE" : g < 0.995 ? "DIVERSE" : "UNSPECIFIED";
		NamePool.Name given = origin.given(!"FEMALE".equals(gender) && (g < 0.51 || random.nextBoolean()), random);
		NamePool.Name family = origin.familyName(random);
		String original = given.original() != null && family.original() != null && random.nextDouble() < origin.originalShare()
				? given.original() + " " + family.original() : null;
		return insert(origin, owner, given.spelling(random), family.spelling(random), original, birthDate(), gender,
				firstSeen);
	}

	private GeneratedClient duplicate(GeneratedClient of, Staff.Manager owner, LocalDate firstSeen) {
		String given = respell(of.origin(), of.givenName());
		String family = respell(of.origin(), of.familyName());
		String birth = random.nextDouble() < 0.3 ? of.birthDate().substring(0, 4) : of.birthDate();
		return insert(of.origin(), owner, given, family, null, birth, random.nextBoolean() ? "MALE" : "FEMALE", firstSeen);
	}

	private String respell(NamePool.Origin origin, String spelling) {
		for (List<NamePool.Name> list : List.of(origin.male(), origin.female(), origin.family())) {
			for (NamePool.Name name : list) {
				if (name.spellings().contains(spelling)) {
					return name.otherSpelling(spelling, random);
				}
			}
		}
		return spelling;
	}

	private GeneratedClient insert(NamePool.Origin origin, Staff.Manager owner, String given, String family, String original,
			String birthDate, String gender, LocalDate firstSeen) {
		UUID id = Ids.next(random);
		NameSearchKeys.Keys keys = this.keys.of(given, family, original);
		boolean german = "DEU".equals(origin.nationality());
		List<String> nationalities = german || random.nextDouble() > 0.08 ? List.of(origin.nationality())
				: List.of(origin.nationality(), "DEU");
		List<String> languages = random.nextDouble() < 0.6 ? List.of(origin.language()) : List.of(origin.language(), "de");
		LocalDate arrival = german ? null : arrival(origin, firstSeen);
		Instant created = at(firstSeen);
		batch.clients.row(batch.municipality, id, owner.organisation(), given, family, original, birthDate, gender,
				nationalities, languages, arrival, random.nextDouble() < 0.6 ? phone() : null, null, keys.searchNames(),
				keys.phoneticCodes(), created, owner.username(), created);
		if (!german) {
			residence(id, origin, arrival == null ? firstSeen : arrival, owner.username());
		}
		GeneratedClient client = new GeneratedClient(id, origin, owner.organisation(), given, family, birthDate, firstSeen);
		generated.add(client);
		return client;
	}

	private String birthDate() {
		double a = random.nextDouble();
		int age = a < 0.1 ? random.nextInt(18) : a < 0.95 ? 18 + random.nextInt(47) : 65 + random.nextInt(16);
		LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
		double precision = random.nextDouble();
		return precision < 0.85 ? born.toString() : precision < 0.95 ? String.valueOf(born.getYear())
				: born.toString().substring(0, 7);
	}

	private LocalDate arrival(NamePool.Origin origin, LocalDate firstSeen) {
		LocalDate earliest = "UKR".equals(origin.code()) ? LocalDate.of(2022, 2, 24) : firstSeen.minusYears(8);
		long span = Math.max(1, firstSeen.toEpochDay() - earliest.toEpochDay());
		return earliest.plusDays(random.nextLong(span));
	}

	private void residence(UUID client, NamePool.Origin origin, LocalDate from, String by) {
		String type = switch (origin.code()) {
			case "UKR" -> "TEMPORARY_PROTECTION_24";
			case "ROU", "BGR", "POL" -> "EU_FREE_MOVEMENT";
			case "SYR", "ERI" -> pick("PERMIT_25_2", "PERMIT_25_2", "PERMIT_25_1", "GESTATTUNG", "SETTLEMENT_PERMIT");
			case "AFG", "IRQ", "IRN" -> pick("GESTATTUNG", "DULDUNG", "PERMIT_25_3", "PERMIT_25_2", "PERMIT_25B", "OPPORTUNITY_104C");
			default -> pick("OTHER_PERMIT", "SETTLEMENT_PERMIT", "BLUE_CARD");
		};
		LocalDate until = switch (type) {
			case "EU_FREE_MOVEMENT", "SETTLEMENT_PERMIT" -> null;
			case "GESTATTUNG", "DULDUNG" -> from.plusMonths(6 + random.nextInt(30));
			default -> from.plusYears(1 + random.nextInt(3));
		};
		status(client, type, from, until, by);
		// most titles are renewed before they run out; about one in ten ends in a gap the case manager must see
		while (until != null && until.isBefore(today) && random.nextDouble() < 0.9) {
			LocalDate next = until.plusDays(1);
			until = next.plusYears(1 + random.nextInt(3));
			status(client, type, next, until, by);
		}
	}

	private void status(UUID client, String type, LocalDate from, LocalDate until, String by) {
		UUID id = Ids.next(random);
		Instant created = at(from.isAfter(today) ? today : from);
		String office = "Ausländerbehörde";
		batch.residence.row(batch.municipality, id, client, type, from, until, office, created, by, created, by);
		batch.residenceRevisions.row(batch.municipality, id, 1, "CREATE", type, from, until, office, false, created, by);
	}

	private String pick(String... values) {
		return values[random.nextInt(values.length)];
	}

	private String phone() {
		return "+49 1%d %07d".formatted(51 + random.nextInt(29), random.nextInt(10_000_000));
	}

	Instant at(LocalDate date) {
		return date.atTime(8 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);
	}
}
