package de.nrw.kim.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One demo case file: the client, a case brought to its phase step by step, and contents that fit
 * that phase (assessment, goals, contacts, follow-ups, closure). Varied by the row number, so the
 * data is the same on every machine.
 */
class DemoCaseFile {

	private static final List<String> PHASES = List.of("INTAKE", "ASSESSMENT", "PLANNING", "IMPLEMENTATION");
	private static final List<List<String>> NEEDS = List.of(
			List.of("LANGUAGE", "HIGH", "Deutschkurs B1 abgebrochen, Kinderbetreuung fehlt"),
			List.of("WORK", "MEDIUM", "Berufserfahrung als Elektriker, keine Anerkennung"),
			List.of("HOUSING", "HIGH", "Wohnt mit vier Personen in einem Zimmer"),
			List.of("RESIDENCE", "MEDIUM", "Aufenthaltserlaubnis läuft in sechs Monaten ab"),
			List.of("HEALTH", "LOW", "Hausärztliche Versorgung vorhanden"),
			List.of("RECOGNITION", "HIGH", "Pflegeausbildung aus dem Herkunftsland, Anerkennung offen"),
			List.of("FAMILY", "MEDIUM", "Zwei Kinder, Kita-Platz gesucht"),
			List.of("LIVELIHOOD", "MEDIUM", "Leistungen nach SGB II, Schulden"));
	private static final List<List<String>> GOALS = List.of(
			List.of("LANGUAGE", "Sprachkurs B1 mit Kinderbetreuung beginnen"),
			List.of("WORK", "Anerkennungsverfahren für den Berufsabschluss einleiten"),
			List.of("HOUSING", "Wohnberechtigungsschein beantragen"),
			List.of("RECOGNITION", "Zeugnisse übersetzen lassen"),
			List.of("FAMILY", "Kita-Platz für die jüngere Tochter finden"));
	private static final List<String> CLOSURE = List.of("GOALS_ACHIEVED", "PARTLY_ACHIEVED", "MOVED_AWAY", "NO_CONTACT");
	private static final List<String> MODES = List.of("IN_PERSON", "PHONE", "VIDEO", "MESSAGE");

	private final DemoApi api;
	private final DemoClient client;
	private final int row;
	private final LocalDate today;
	private final String user;

	DemoCaseFile(DemoApi api, DemoClient client, int row, LocalDate today) {
		this.api = api;
		this.client = client;
		this.row = row;
		this.today = today;
		this.user = client.caseManager();
	}

	void create() {
		String clientId = api.post(user, "/clients", client.asRequest()).path("id").asString();
		JsonNode kase = api.post(user, "/cases", Map.of("clientId", clientId));
		String caseId = kase.path("id").asString();
		int version = kase.path("version").asInt();
		boolean closing = client.phase().equals("CLOSED");
		int target = closing ? PHASES.size() - 1 : PHASES.indexOf(client.phase());
		contact(caseId, 40 + target * 10);
		for (int step = 1; step <= target; step++) {
			version = api.post(user, "/cases/" + caseId + "/phase", Map.of("phase", PHASES.get(step), "version", version))
					.path("version").asInt();
			if (step == 1) {
				assess(caseId, 0);
			}
			if (step == 2) {
				goals(caseId);
			}
			if (step == 3) {
				contact(caseId, 60);
				contact(caseId, 30);
				api.post(user, "/cases/" + caseId + "/follow-ups",
						Map.of("dueOn", today.plusDays(3 + row % 12).toString(), "title", "Rückmeldung Jobcenter nachhalten"));
			}
		}
		if (closing) {
			assess(caseId, 1);
			api.post(user, "/cases/" + caseId + "/close", Map.of("reason", CLOSURE.get(row % CLOSURE.size()),
					"note", "Abschlussgespräch geführt; Anliegen sind an die Regeldienste übergeben."));
		}
	}

	private void assess(String caseId, int round) {
		List<Map<String, Object>> domains = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			List<String> need = NEEDS.get((row + i * 3) % NEEDS.size());
			String level = round == 0 ? need.get(1) : "LOW";
			domains.add(Map.of("domain", need.get(0), "need", level, "note", need.get(2)));
		}
		api.put(user, "/cases/" + caseId + "/assessment", Map.of("domains", domains));
	}

	private void goals(String caseId) {
		for (int i = 0; i < 2; i++) {
			List<String> goal = GOALS.get((row + i) % GOALS.size());
			api.post(user, "/cases/" + caseId + "/goals",
					Map.of("domain", goal.get(0), "title", goal.get(1), "dueOn", today.plusDays(10 + (row * 7 + i * 20) % 80).toString()));
		}
	}

	private void contact(String caseId, int minutes) {
		api.post(user, "/cases/" + caseId + "/contacts", Map.of("on", today.minusDays(2 + (row * 5 + minutes) % 60).toString(),
				"mode", MODES.get((row + minutes) % MODES.size()), "minutes", minutes, "interpreter", row % 3 == 0,
				"note", "Beratungsgespräch zu den nächsten Schritten."));
	}
}
