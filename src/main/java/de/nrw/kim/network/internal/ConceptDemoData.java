package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The steering structure and one partner agreement of Köln's KIM concept, once. Deliberately no demo
 * target groups: they would put a hint on every demo case at intake and are the coordination's to set.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "kim.demo.enabled", havingValue = "true")
class ConceptDemoData implements ApplicationRunner {

	private static final MunicipalityKey KOELN = MunicipalityKey.of("05315");

	private final AgreementStore agreements;
	private final Partners partners;
	private final JdbcClient jdbc;

	ConceptDemoData(AgreementStore agreements, Partners partners, JdbcClient jdbc) {
		this.agreements = agreements;
		this.partners = partners;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		TenantContext.runAs(KOELN, () -> {
			if (jdbc.sql("select count(*) from network_concept_section where municipality_id = :m").param("m", KOELN.value())
					.query(Long.class).single() > 0) {
				return;
			}
			section(1, "Lenkungsgruppe", """
					Vorsitz: Dezernat für Soziales, Gesundheit und Wohnen. Mitglieder: Jobcenter, Agentur für Arbeit, \
					Ausländerbehörde, Wohlfahrtsverbände, Volkshochschule, Kommunales Integrationszentrum.
					Tagt viermal im Jahr; die Koordination bereitet die Tagesordnung aus den strukturellen Lücken vor.""");
			section(2, "Koordinierungsstelle", """
					Im Kommunalen Integrationszentrum (Baustein 1): führt das Netzwerk, pflegt die Angebote und \
					berichtet der Lenkungsgruppe.""");
			section(3, "Case Management", """
					Case Manager*innen beim Kommunalen Integrationszentrum und bei der Caritas (Baustein 2); \
					Fallkonferenzen nur mit Einwilligung.""");
			partners.confirmed().stream().filter(p -> p.name().startsWith("Jobcenter Köln")).findFirst()
					.ifPresent(p -> agreements.insert(KOELN, UUID.randomUUID(), new AgreementService.Valid(p.id(),
							"Kooperationsvereinbarung Jobcenter Köln", """
									Feste Ansprechperson je Standort; Rückmeldung auf Vermittlungen binnen zehn Arbeitstagen; \
									gemeinsame Fallkonferenzen mit Einwilligung.""", LocalDate.of(2025, 2, 1), null), "demo"));
		});
	}

	private void section(int position, String title, String body) {
		jdbc.sql("""
				insert into network_concept_section (municipality_id, id, position, title, body, updated_by)
				values (:m, :id, :position, :title, :body, 'demo')""")
				.param("m", KOELN.value()).param("id", UUID.randomUUID()).param("position", position).param("title", title)
				.param("body", body).update();
	}
}
