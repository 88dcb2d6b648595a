package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo offers of the demo partners of Köln and Münster (some in Arabic, Ukrainian, Turkish), a few
 * structural gaps and one steering meeting in Köln. Runs after the demo partners, once.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "kim.demo.enabled", havingValue = "true")
class NetworkDemoData implements ApplicationRunner {

	private static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	private static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");
	private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);

	private final OfferStore offers;
	private final GapStore gaps;
	private final SteeringStore steering;
	private final Partners partners;
	private final JdbcClient jdbc;

	NetworkDemoData(OfferStore offers, GapStore gaps, SteeringStore steering, Partners partners, JdbcClient jdbc) {
		this.offers = offers;
		this.gaps = gaps;
		this.steering = steering;
		this.partners = partners;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean present = TenantContext.callAs(KOELN, () -> jdbc.sql("select count(*) from network_offer where municipality_id = :m")
				.param("m", KOELN.value()).query(Long.class).single() > 0);
		if (present) {
			return;
		}
		LocalDate today = LocalDate.now(OfferService.ZONE);
		TenantContext.runAs(KOELN, () -> {
			Optional<Partner> vhs = partner("Volkshochschule Köln");
			Optional<Partner> caritas = partner("Caritasverband Köln");
			Optional<Partner> jobcenter = partner("Jobcenter Köln");
			Optional<Partner> youth = partner("Stadt Köln – Amt für Kinder");
			vhs.ifPresent(p -> {
				offer(p, "Integrationskurs mit Kinderbetreuung", LifeDomain.LANGUAGE, List.of("de", "ar", "uk"),
						"Eltern mit Kindern unter 3 Jahren", "Köln-Kalk, Kalker Hauptstraße 247", "Mo–Fr 9–12 Uhr", 16, 10,
						"kostenlos mit Berechtigungsschein des BAMF", "barrierefrei, Aufzug", today.minusDays(20));
				offer(p, "Alphabetisierungskurs", LifeDomain.LANGUAGE, List.of("de", "tr", "ar"), "Erwachsene ohne Schriftkenntnisse",
						"Köln-Mitte, Cäcilienstraße 29–33", "Di und Do 17–20 Uhr", 12, 6, "kostenlos", "Aufzug vorhanden",
						today.minusDays(200));
			});
			caritas.ifPresent(p -> offer(p, "Migrationsberatung für Erwachsene (MBE)", LifeDomain.RESIDENCE, List.of("de", "ar", "fa", "uk"),
					"Zugewanderte ab 27 Jahren", "Köln-Ehrenfeld, Bartholomäus-Schink-Straße 6", "Mo–Do 9–16 Uhr, offene Sprechstunde Di",
					null, 2, "kostenlos", "ebenerdig", today.minusDays(45)));
			jobcenter.ifPresent(p -> offer(p, "Anerkennungsberatung im Jobcenter", LifeDomain.RECOGNITION, List.of("de", "uk", "ru"),
					"Leistungsberechtigte nach SGB II mit ausländischem Abschluss", "Köln, Luxemburger Straße 121",
					"nach Terminvereinbarung", null, 8, "kostenlos", "barrierefrei", today.minusDays(15)));
			youth.ifPresent(p -> offer(p, "Familienberatung in türkischer Sprache", LifeDomain.FAMILY, List.of("tr", "de"),
					"Familien mit Kindern", "Köln-Mülheim, Wiener Platz 2a", "Mi 14–18 Uhr", null, 3, "kostenlos", null,
					today.minusDays(60)));
			UUID first = gap(LifeDomain.LANGUAGE, LegalDomain.AUFENTHG, vhs, "Kein Integrationskurs mit Kinderbetreuung im "
					+ "Stadtbezirk Porz; Eltern warten mehr als 6 Monate.", "cm.koeln", today.minusDays(40));
			gaps.support(KOELN, first, "cm2.koeln");
			gaps.support(KOELN, first, "cm.caritas.koeln");
			gap(LifeDomain.WORK, LegalDomain.SGB_II, jobcenter, "Termine zur Anerkennungsberatung erst nach "
					+ "8 Wochen; Arbeitsangebote verfallen in der Zwischenzeit.", "cm2.koeln", today.minusDays(25));
			gap(LifeDomain.HOUSING, null, Optional.empty(), "Keine Beratungsstelle für Wohnungssuchende mit Duldung im Rechtsrheinischen.",
					"cm.caritas.koeln", today.minusDays(10));
			UUID meeting = UUID.randomUUID();
			steering.insertMeeting(KOELN, meeting, today.minusDays(7), "Lenkungsgruppe KIM Köln – 4. Quartal", "koord.koeln");
			steering.insertItem(KOELN, meeting, UUID.randomUUID(), new SteeringStore.ItemValues("Wartezeiten bei Integrationskursen mit "
					+ "Kinderbetreuung", "Die VHS prüft einen zusätzlichen Kurs in Porz; das Jugendamt stellt Betreuungsplätze.",
					vhs.map(Partner::id).orElse(null), today.plusMonths(3), Meeting.ItemStatus.DECIDED), List.of(first));
			gaps.changeStatus(KOELN, first, GapStatus.IN_STEERING, null);
		});
		TenantContext.runAs(MUENSTER, () -> {
			partner("Diakonie Münster").ifPresent(p -> offer(p, "Jugendmigrationsdienst – offene Sprechstunde", LifeDomain.EDUCATION,
					List.of("de", "ar", "uk", "tr"), "junge Menschen von 12 bis 27 Jahren", "Münster, Hafenstraße 64",
					"Mo und Mi 14–17 Uhr", null, 1, "kostenlos", "barrierefrei", today.minusDays(30)));
			partner("Jobcenter Münster").ifPresent(p -> offer(p, "Berufssprachkurs B2", LifeDomain.WORK, List.of("de"),
					"Leistungsberechtigte mit Sprachniveau B1", "Münster, Wolbecker Straße 41", "Mo–Fr 8:30–12:45 Uhr", 20, 12,
					"kostenlos", "Aufzug", today.minusDays(90)));
		});
		log.info("Demo-Angebote, Lücken und eine Sitzung der Lenkungsgruppe für Köln und Münster angelegt");
	}

	private Optional<Partner> partner(String namePrefix) {
		return partners.confirmed().stream().filter(p -> p.name().startsWith(namePrefix)).findFirst();
	}

	private void offer(Partner p, String title, LifeDomain domain, List<String> languages, String targetGroup, String location,
			String hours, Integer capacity, Integer waitingWeeks, String cost, String accessibility, LocalDate checkedOn) {
		offers.insert(TenantContext.current().orElseThrow(), UUID.randomUUID(), new OfferDraft.Valid(p.id(), title, domain,
				languages, targetGroup, location, hours, capacity, waitingWeeks, cost, accessibility, checkedOn), checkedOn, "demo");
	}

	private UUID gap(LifeDomain domain, LegalDomain legal, Optional<Partner> partner, String description, String by, LocalDate on) {
		UUID id = UUID.randomUUID();
		gaps.insert(KOELN, id, new GapDraft.Valid(domain, legal, partner.map(Partner::id).orElse(null), null, description, null),
				null, by, on);
		return id;
	}
}
