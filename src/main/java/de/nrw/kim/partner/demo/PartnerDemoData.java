package de.nrw.kim.partner.demo;

import java.util.List;

import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.internal.PartnerDraft;
import de.nrw.kim.partner.internal.PartnerDraft.ContactDraft;
import de.nrw.kim.partner.internal.PartnerService;
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
 * Demo partners for Köln and Münster (first start of the demo profile), and the link of the demo
 * user {@code partner.jobcenter.koeln} to "Jobcenter Köln". Runs after the demo users.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "kim.demo.enabled", havingValue = "true")
class PartnerDemoData implements ApplicationRunner {

	static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");
	private static final Logger log = LoggerFactory.getLogger(PartnerDemoData.class);

	private final PartnerService partners;
	private final JdbcClient jdbc;

	PartnerDemoData(PartnerService partners, JdbcClient jdbc) {
		this.partners = partners;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean present = TenantContext.callAs(KOELN, () -> jdbc.sql("select count(*) from partner where municipality_id = :m")
				.param("m", KOELN.value()).query(Long.class).single() > 0);
		if (present) {
			return;
		}
		TenantContext.runAs(KOELN, () -> {
			Partner jobcenter = partner("Jobcenter Köln", "JOBCENTER", List.of("SGB_II"), "Luxemburger Straße 121", "50939",
					"Köln", "jobcenter-koeln.integration@jobcenter-ge.de", "0221 9429-0",
					new ContactDraft("Markus Lindner", "Teamleitung Markt und Integration", "markus.lindner@jobcenter-ge.de", "0221 9429-2210"));
			partner("Stadt Köln – Ausländerbehörde", "IMMIGRATION_OFFICE", List.of("AUFENTHG"), "Dillenburger Straße 56–66",
					"51105", "Köln", "auslaenderamt@stadt-koeln.de", "0221 221-0",
					new ContactDraft("Sabine Wagner", "Sachgebiet Integration", null, "0221 221-23456"));
			partner("Stadt Köln – Amt für Kinder, Jugend und Familie", "YOUTH_OFFICE", List.of("SGB_VIII"), "Ottmar-Pohl-Platz 1",
					"51103", "Köln", "jugendamt@stadt-koeln.de", "0221 221-0",
					new ContactDraft("Daniela Roth", "Allgemeiner Sozialer Dienst", null, null));
			partner("Caritasverband Köln – Migrationsberatung für Erwachsene", "MIGRATION_COUNSELLING", List.of("AUFENTHG", "OTHER"),
					"Bartholomäus-Schink-Straße 6", "50825", "Köln", "mbe@caritas-koeln.de", "0221 95570-0",
					new ContactDraft("Aylin Kaya", "Migrationsberatung (MBE)", "aylin.kaya@caritas-koeln.de", null));
			partner("Agentur für Arbeit Köln", "EMPLOYMENT_AGENCY", List.of("SGB_III"), "Luxemburger Straße 121", "50939", "Köln",
					null, "0800 4 5555 00", new ContactDraft("Frank Otten", "Berufsberatung im Erwerbsleben", null, null));
			partner("Volkshochschule Köln – Integrationskurse", "LANGUAGE_COURSE_PROVIDER", List.of("AUFENTHG"), "Cäcilienstraße 29–33",
					"50667", "Köln", "integrationskurse@stadt-koeln.de", "0221 221-23918",
					new ContactDraft("Irina Schulz", "Kursberatung", null, null));
			partners.linkForDemo(jobcenter.id(), "partner.jobcenter.koeln");
		});
		TenantContext.runAs(MUENSTER, () -> {
			partner("Jobcenter Münster", "JOBCENTER", List.of("SGB_II"), "Wolbecker Straße 41", "48155", "Münster",
					"jobcenter@stadt-muenster.de", "0251 492-0", new ContactDraft("Heike Brune", "Integrationsfachdienst", null, null));
			partner("Stadt Münster – Ausländerbehörde", "IMMIGRATION_OFFICE", List.of("AUFENTHG", "STAG"), "Ludgeriplatz 4",
					"48151", "Münster", "auslaenderbehoerde@stadt-muenster.de", "0251 492-0",
					new ContactDraft("Tobias Wessels", "Einbürgerung und Aufenthalt", null, null));
			partner("Diakonie Münster – Jugendmigrationsdienst", "MIGRATION_COUNSELLING", List.of("SGB_VIII"), "Hafenstraße 64",
					"48153", "Münster", "jmd@diakonie-muenster.de", "0251 4901-0",
					new ContactDraft("Mira Hoffmann", "Jugendmigrationsdienst", null, null));
		});
		log.info("Demo-Netzwerkpartner für Köln und Münster angelegt");
	}

	private Partner partner(String name, String type, List<String> domains, String street, String zip, String city,
			String email, String phone, ContactDraft contact) {
		return partners.createForDemo(new PartnerDraft(name, type, domains, street, zip, city, email, phone, List.of(contact)));
	}
}
