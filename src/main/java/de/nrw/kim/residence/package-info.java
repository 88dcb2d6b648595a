/**
 * Aufenthalt und Einbürgerung (Baustein 3): die Historie der Aufenthaltsstatus je Klient*in, die
 * Angaben für Perspektivhinweise (§§ 25a, 25b, 104c, 24 AufenthG, § 10 StAG) nach datierten
 * Regelfassungen, Fristen ({@code GET /deadlines}) mit Erinnerungen, die Arbeitsliste der
 * Ausländerbehörde und aggregierte Zahlen.
 * <p>
 * Public API: {@link de.nrw.kim.residence.ResidenceType}, {@link de.nrw.kim.residence.StatusGroup} and
 * {@link de.nrw.kim.residence.ResidenceFigures} (aggregates for reporting). Contributes a
 * {@link de.nrw.kim.casework.DeadlineSource} for residence expiries. Uses the platform, the client
 * module's {@code ClientDirectory} and casework's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Aufenthalt", allowedDependencies = { "platform", "client",
		"casework" })
package de.nrw.kim.residence;
