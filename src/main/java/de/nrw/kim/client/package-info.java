/**
 * Clients: the persons case management accompanies — names in Latin and original script, partial
 * birth dates, nationalities, languages; fuzzy search and duplicate detection; the Art. 15 GDPR
 * export of everything held on a person.
 * <p>
 * Public API: {@link de.nrw.kim.client.ClientDirectory} (look up a client the caller may see),
 * {@link de.nrw.kim.client.ClientSummary}, {@link de.nrw.kim.client.PartialDate}, {@link de.nrw.kim.client.ClientStatistics} (birth year, gender, nationalities for statistics) and two extension
 * points: {@link de.nrw.kim.client.PersonalDataContributor}, through which other modules add their
 * data to the export, and {@link de.nrw.kim.client.ClientPageSection}, through which they add sections
 * to the client page; {@link de.nrw.kim.client.PersonalDataEraser}, through which every module erases its
 * data on a person when the retention period ends, and {@link de.nrw.kim.client.ClientRestrictions}
 * (Sperrung, Art. 18 GDPR; ADR 0025–0027). Search, duplicate check and export live in {@code internal} (ADR 0101, 0102).
 * Uses only the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Klient*innen")
package de.nrw.kim.client;
