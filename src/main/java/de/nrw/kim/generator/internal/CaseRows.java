package de.nrw.kim.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The case files of one client: one after another over the last five years (about 1.3 per client),
 * each through the phases with dated phase changes, about ten contacts, assessments, goals, an open
 * follow-up while open, and consents with referrals to the municipality's partners.
 */
final class CaseRows {

	private static final String[] DOMAINS = { "RESIDENCE", "LANGUAGE", "EDUCATION", "WORK", "RECOGNITION", "HOUSING",
			"HEALTH", "LIVELIHOOD", "FAMILY", "PARTICIPATION", "NATURALISATION" };
	private static final String[] NEEDS = { "NONE", "LOW", "MEDIUM", "HIGH" };
	private static final String[] MODES = { "IN_PERSON", "IN_PERSON", "IN_PERSON", "PHONE", "PHONE", "VIDEO", "MESSAGE" };
	private static final String[] NOTES = { "Erstgespräch, Unterlagen gesichtet", "Antrag auf Anerkennung besprochen",
			"Termin beim Jobcenter vorbereitet", "Sprachkurs-Anmeldung begleitet", "Wohnungssuche: Unterlagen zusammengestellt",
			"Rückfragen zum Aufenthaltstitel geklärt", "Kita-Platz für das jüngste Kind besprochen", "Bewerbung gemeinsam überarbeitet",
			"Kurzer Anruf: Termin bestätigt", "Nachricht: Bescheid ist eingegangen", null, null };
	private static final String[] GOALS = { "B1-Sprachkurs abschließen", "Berufsabschluss anerkennen lassen",
			"Eigene Wohnung finden", "Sozialversicherungspflichtige Beschäftigung aufnehmen", "Aufenthaltstitel verlängern",
			"Schulplatz für die Kinder sichern", "Einbürgerung vorbereiten", "Hausärztliche Versorgung klären" };
	private static final String[] REASONS_LATE = { "GOALS_ACHIEVED", "GOALS_ACHIEVED", "GOALS_ACHIEVED", "GOALS_ACHIEVED",
			"PARTLY_ACHIEVED", "PARTLY_ACHIEVED", "PARTLY_ACHIEVED", "CLIENT_WITHDREW", "MOVED_AWAY", "MOVED_AWAY",
			"TRANSFERRED", "NO_CONTACT", "OTHER" };
	private static final String[] REASONS_EARLY = { "NO_CONTACT", "MOVED_AWAY", "CLIENT_WITHDREW", "OTHER" };
	private static final String[] PHASES = { "INTAKE", "ASSESSMENT", "PLANNING", "IMPLEMENTATION" };
	private static final int YEARS = 5;

	private final Batch batch;
	private final SplittableRandom random;
	private final LocalDate today;
	private final ClientRows clients;
	private final Partners partners;

	CaseRows(Batch batch, SplittableRandom random, LocalDate today, ClientRows clients, Partners partners) {
		this.batch = batch;
		this.random = random;
		this.today = today;
		this.clients = clients;
		this.partners = partners;
	}

	/** When the client's first case opens: anywhere in the last five years. */
	LocalDate firstOpening() {
		return today.minusDays(random.nextInt(YEARS * 365));
	}

	void casesOf(ClientRows.GeneratedClient client, Staff staff, Staff.Manager first) {
		double d = random.nextDouble();
		int wanted = d < 0.62 ? 1 : d < 0.88 ? 2 : 3;
		LocalDate opened = client.firstSeen();
		Staff.Manager manager = first;
		for (int i = 0; i < wanted && !opened.isAfter(today); i++) {
			LocalDate end = caseFile(client, manager, opened);
			if (end == null) {
				return;
			}
			opened = end.plusDays(30 + random.nextInt(400));
		}
	}

	/** @return the day the case closed, or null while it is open */
	private LocalDate caseFile(ClientRows.GeneratedClient client, Staff.Manager manager, LocalDate opened) {
		UUID id = Ids.next(random);
		long days = 20 + (long) (-Math.log(1 - random.nextDouble()) * 320);
		LocalDate closes = opened.plusDays(days);
		boolean closed = closes.isBefore(today);
		LocalDate end = closed ? closes : today;
		List<LocalDate> reached = new ArrayList<>(List.of(opened));
		LocalDate next = opened.plusDays(5 + random.nextInt(20));
		int[] gaps = { 14 + random.nextInt(40), 7 + random.nextInt(30) };
		for (int p = 1; p < PHASES.length && next.isBefore(end); p++) {
			reached.add(next);
			if (p <= gaps.length) {
				next = next.plusDays(gaps[p - 1]);
			}
		}
		int phase = reached.size() - 1;
		String reason = closed ? (phase == PHASES.length - 1 ? pick(REASONS_LATE) : pick(REASONS_EARLY)) : null;
		Instant createdAt = clients.at(opened);
		Instant updatedAt = clients.at(end);
		batch.cases.row(batch.municipality, id, client.id(), manager.organisation(), manager.username(), manager.name(),
				closed ? "CLOSED" : PHASES[phase], random.nextDouble() < 0.1, opened, closed ? end : null, reason, createdAt,
				updatedAt);
		for (int p = 0; p < reached.size(); p++) {
			batch.phaseChanges.row(batch.municipality, id, p + 1, p == 0 ? null : PHASES[p - 1], PHASES[p], reached.get(p),
					clients.at(reached.get(p)), manager.username());
		}
		if (closed) {
			batch.phaseChanges.row(batch.municipality, id, reached.size() + 1, PHASES[phase], "CLOSED", end, updatedAt,
					manager.username());
		}
		contacts(id, opened, end, manager, !"DEU".equals(client.origin().nationality()));
		if (phase >= 1) {
			assessment(id, reached.get(1), manager);
			if (end.toEpochDay() - reached.get(1).toEpochDay() > 180) {
				assessment(id, reached.get(1).plusDays(150 + random.nextInt(30)), manager);
			}
			consentAndReferrals(client, id, reached.get(1), end, manager);
		}
		if (phase >= 2) {
			goals(id, reached.get(2), end, closed, manager);
		}
		if (!closed) {
			LocalDate due = today.plusDays(random.nextInt(60) - 20);
			batch.followUps.row(batch.municipality, Ids.next(random), id, due, "Nachfassen: " + pick(GOALS),
					manager.username(), false, null, null, clients.at(opened), manager.username());
		}
		return closed ? end : null;
	}

	private void contacts(UUID caseId, LocalDate from, LocalDate to, Staff.Manager manager, boolean interpreterLikely) {
		int count = 2 + random.nextInt(17);
		long span = Math.max(1, to.toEpochDay() - from.toEpochDay() + 1);
		for (int i = 0; i < count; i++) {
			LocalDate on = from.plusDays(random.nextLong(span));
			batch.contacts.row(batch.municipality, Ids.next(random), caseId, on, pick(MODES), 10 + random.nextInt(110),
					interpreterLikely && random.nextDouble() < 0.3, pick(NOTES), clients.at(on), manager.username());
		}
	}

	private void assessment(UUID caseId, LocalDate on, Staff.Manager manager) {
		if (on.isAfter(today)) {
			return;
		}
		UUID id = Ids.next(random);
		batch.assessments.row(batch.municipality, id, caseId, on, clients.at(on), manager.username());
		int first = random.nextInt(DOMAINS.length);
		int count = 4 + random.nextInt(5);
		for (int i = 0; i < count; i++) {
			batch.assessmentDomains.row(batch.municipality, id, DOMAINS[(first + i) % DOMAINS.length], pick(NEEDS), null);
		}
	}

	private void goals(UUID caseId, LocalDate from, LocalDate end, boolean closed, Staff.Manager manager) {
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			String status = closed ? pick("ACHIEVED", "ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED", "DROPPED")
					: random.nextDouble() < 0.25 ? "ACHIEVED" : "OPEN";
			Instant created = clients.at(from);
			Instant changed = "OPEN".equals(status) ? created : clients.at(end);
			batch.goals.row(batch.municipality, Ids.next(random), caseId, pick(DOMAINS), pick(GOALS),
					from.plusDays(60 + random.nextInt(300)), status, created, manager.username(), changed, manager.username());
		}
	}

	private void consentAndReferrals(ClientRows.GeneratedClient client, UUID caseId, LocalDate from, LocalDate end,
			Staff.Manager manager) {
		if (random.nextDouble() > 0.6 || from.isAfter(today)) {
			return;
		}
		List<Partners.Partner> covered = partners.some(random);
		UUID consent = Ids.next(random);
		batch.consents.row(batch.municipality, consent, client.id(), covered.stream().map(Partners.Partner::id).toList(),
				List.of(), List.of("BASIC", "EDUCATION_WORK"), "Vermittlung an Beratungsstellen und Behörden", "WRITTEN", from,
				from.plusYears(2), clients.at(from), manager.username());
		if (random.nextDouble() > 0.5) {
			return;
		}
		Partners.Partner partner = covered.get(random.nextInt(covered.size()));
		long span = Math.max(1, Math.min(end.toEpochDay(), from.plusYears(2).toEpochDay()) - from.toEpochDay());
		LocalDate sent = from.plusDays(random.nextLong(span));
		String status = sent.isAfter(today.minusDays(14)) ? "SENT"
				: pick("ACCEPTED", "COMPLETED", "COMPLETED", "DECLINED", "WITHDRAWN");
		Instant sentAt = clients.at(sent);
		Instant answered = "SENT".equals(status) || "WITHDRAWN".equals(status) ? null : clients.at(sent.plusDays(3));
		UUID id = Ids.next(random);
		batch.referrals.row(batch.municipality, id, caseId, client.id(), partner.id(), consent, partner.legalDomain(),
				pick(DOMAINS), List.of("EDUCATION_WORK"), status,
				"DECLINED".equals(status) ? pick("NO_CAPACITY", "NOT_RESPONSIBLE", "CLIENT_DID_NOT_APPEAR") : null, sent,
				sentAt, manager.username(), answered, answered == null ? sentAt : answered, manager.username());
		batch.referralContents.row(batch.municipality, id, "Bitte um Termin zur Beratung",
				"{\"EDUCATION_WORK\": {\"text\": \"Schulabschluss im Herkunftsland, Berufserfahrung vorhanden\"}}",
				"COMPLETED".equals(status) ? "Beratung hat stattgefunden" : null);
	}

	private String pick(String... values) {
		return values[random.nextInt(values.length)];
	}
}
