package de.nrw.kim.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseFacts;
import de.nrw.kim.casework.CaseStatistics;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.client.ClientProfile;
import de.nrw.kim.client.ClientStatistics;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pseudonymised case-level extract for the evaluation of KIM (§ 20 TIntG), ADR 0605: one row per case
 * open in the period, keyed-hash pseudonyms instead of ids, months instead of dates, age bands instead of
 * birth dates, no names and no free text. Read municipality by municipality under that municipality's
 * tenant, outside any request transaction, so Row-Level Security stays as strict as for every other
 * request; each municipality's audit trail records the export.
 */
@Service
public class EvaluationExtract {

	public static final List<String> COLUMNS = columns();
	public static final List<String> FORMATS = List.of("csv", "xlsx");

	private final CaseStatistics cases;
	private final ClientStatistics clients;
	private final Municipalities municipalities;
	private final Pseudonyms pseudonyms;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;
	private final ExtractLog log;
	private final Clock clock;

	EvaluationExtract(CaseStatistics cases, ClientStatistics clients, Municipalities municipalities, Pseudonyms pseudonyms,
			AuditTrail audit, TransactionTemplate transactions, ExtractLog log, Clock clock) {
		this.cases = cases;
		this.clients = clients;
		this.municipalities = municipalities;
		this.pseudonyms = pseudonyms;
		this.audit = audit;
		this.transactions = transactions;
		this.log = log;
		this.clock = clock;
	}

	public record Extract(UUID id, int fromYear, int toYear, List<List<Object>> rows) {
	}

	/** Validates the format first, then extracts and logs the extract (ADR 0607). */
	@PreAuthorize("hasRole('MINISTRY_ANALYST')")
	public Extract extract(Integer fromYear, Integer toYear, String format) {
		if (!FORMATS.contains(format)) {
			throw new ValidationException("format", "Format csv oder xlsx wählen.");
		}
		Extract extract = extract(fromYear, toYear);
		log.record(extract, format, CurrentUser.require(), clock.instant());
		return extract;
	}

	private Extract extract(Integer fromYear, Integer toYear) {
		int current = ReportingClock.today(clock).getYear();
		int from = fromYear == null ? current : fromYear;
		int to = toYear == null ? from : toYear;
		if (from < 2000 || to > current || from > to || to - from > 9) {
			throw new ValidationException("fromYear", "Zeitraum: von-Jahr bis bis-Jahr zwischen 2000 und " + current
					+ ", höchstens zehn Jahre, von nicht nach bis.");
		}
		UUID id = UUID.randomUUID();
		List<List<Object>> rows = new ArrayList<>();
		for (Municipality m : municipalities.all()) {
			MunicipalityKey key = MunicipalityKey.of(m.key());
			rows.addAll(TenantContext.callAs(key, () -> transactions.execute(tx -> rowsOf(m, key, from, to, id))));
		}
		return new Extract(id, from, to, rows);
	}

	private List<List<Object>> rowsOf(Municipality m, MunicipalityKey key, int from, int to, UUID extractId) {
		Map<UUID, CaseFacts> latest = new LinkedHashMap<>();
		for (int year = from; year <= to; year++) {
			LocalDate asOf = year < ReportingClock.today(clock).getYear() ? LocalDate.of(year, 12, 31) : ReportingClock.today(clock);
			cases.factsOf(key, year, asOf).forEach(f -> latest.put(f.caseId().value(), f));
		}
		if (latest.isEmpty()) {
			return List.of();
		}
		Map<UUID, ClientProfile> profiles = clients.profilesOf(key);
		List<List<Object>> rows = new ArrayList<>();
		for (CaseFacts f : latest.values()) {
			rows.add(row(m, f, profiles.get(f.clientId())));
		}
		audit.record(AuditAction.EXPORT, "EvaluationExtract", extractId, null,
				"Evaluation § 20 TIntG, pseudonymisiert: " + rows.size() + " Fälle " + from + "–" + to);
		return rows;
	}

	private List<Object> row(Municipality m, CaseFacts f, ClientProfile p) {
		List<Object> row = new ArrayList<>();
		row.add(pseudonyms.of("case", f.caseId().value()));
		row.add(pseudonyms.of("client", f.clientId()));
		row.add(m.key());
		row.add(m.region());
		row.add(f.openedOn().toString().substring(0, 7));
		row.add(f.closedOn() == null ? null : f.closedOn().toString().substring(0, 7));
		row.add(f.phase().name());
		row.add(f.closureReason() == null ? null : f.closureReason().name());
		Measures.OPEN_PHASES.forEach(phase -> row.add(f.daysInPhase().getOrDefault(phase, 0)));
		row.add(AgeBand.of(p == null ? null : p.birthYear(), f.openedOn().getYear()));
		row.add(p == null ? "UNSPECIFIED" : p.gender());
		row.add(NationalityGroup.of(p == null ? null : p.nationalities()));
		for (LifeDomain d : LifeDomain.values()) {
			row.add(name(f.firstNeeds().get(d)));
			row.add(name(f.latestNeeds().get(d)));
		}
		row.add(f.goals());
		row.add(f.goalsAchieved());
		row.add(f.contacts());
		row.add(f.contactMinutes());
		return row;
	}

	private static String name(Need need) {
		return need == null ? null : need.name();
	}

	/** The data dictionary: what each column means (German, for the evaluators). */
	public static List<List<Object>> dictionary() {
		Map<String, String> d = new LinkedHashMap<>();
		d.put("case_pseudonym", "Pseudonym des Falls (HMAC-SHA256 mit einem Schlüssel, den nur die Plattform kennt; in jedem Auszug gleich)");
		d.put("client_pseudonym", "Pseudonym der begleiteten Person (wie oben); mehrere Fälle derselben Person tragen dasselbe Pseudonym");
		d.put("municipality", "Kommune (Kreisschlüssel)");
		d.put("region", "Regierungsbezirk");
		d.put("opened_month", "Monat der Eröffnung (JJJJ-MM)");
		d.put("closed_month", "Monat des Abschlusses (JJJJ-MM); leer, solange offen");
		d.put("phase", "Phase am Ende des Zeitraums: INTAKE, ASSESSMENT, PLANNING, IMPLEMENTATION, CLOSED");
		d.put("closure_reason", "Abschlussgrund: GOALS_ACHIEVED, PARTLY_ACHIEVED, CLIENT_WITHDREW, MOVED_AWAY, TRANSFERRED, NO_CONTACT, OTHER");
		Measures.OPEN_PHASES.forEach(p -> d.put("days_" + p.name().toLowerCase(), "Tage in der Phase " + p.name()
				+ " bis zum Abschluss bzw. zum Ende des Zeitraums"));
		d.put("age_band_at_opening", "Altersgruppe im Jahr der Eröffnung (Jahr minus Geburtsjahr): UNDER_18, 18_26, 27_44, 45_64, 65_PLUS, UNKNOWN");
		d.put("gender", "Geschlecht: FEMALE, MALE, DIVERSE, UNSPECIFIED");
		d.put("nationality_group", "Gruppe der ersten Staatsangehörigkeit: UKR, SYR, AFG, TUR, IRQ, IRN, RUS, ERI, EU, DEU, OTHER, UNKNOWN");
		for (LifeDomain dom : LifeDomain.values()) {
			d.put("need_first_" + dom.name().toLowerCase(), "Bedarf im Lebensbereich " + dom.name()
					+ " beim ersten Assessment: NONE, LOW, MEDIUM, HIGH; leer = nicht eingeschätzt");
			d.put("need_latest_" + dom.name().toLowerCase(), "Bedarf im Lebensbereich " + dom.name()
					+ " beim letzten Assessment bis zum Ende des Zeitraums");
		}
		d.put("goals", "Anzahl der Ziele im Hilfeplan");
		d.put("goals_achieved", "davon erreicht");
		d.put("contacts", "Anzahl der Beratungskontakte bis zum Ende des Zeitraums");
		d.put("contact_minutes", "Minuten dieser Kontakte");
		List<List<Object>> rows = new ArrayList<>();
		d.forEach((column, meaning) -> rows.add(List.of(column, meaning)));
		return rows;
	}

	private static List<String> columns() {
		List<String> columns = new ArrayList<>(List.of("case_pseudonym", "client_pseudonym", "municipality", "region",
				"opened_month", "closed_month", "phase", "closure_reason"));
		Measures.OPEN_PHASES.forEach(p -> columns.add("days_" + p.name().toLowerCase()));
		columns.addAll(List.of("age_band_at_opening", "gender", "nationality_group"));
		for (LifeDomain d : LifeDomain.values()) {
			columns.add("need_first_" + d.name().toLowerCase());
			columns.add("need_latest_" + d.name().toLowerCase());
		}
		columns.addAll(List.of("goals", "goals_achieved", "contacts", "contact_minutes"));
		return List.copyOf(columns);
	}
}
