/**
 * Clients: the persons case management accompanies — names in Latin and original script, partial
 * birth dates, nationalities, languages; fuzzy search and duplicate detection; the Art. 15 GDPR
 * export of everything held on a person.
 * <p>
 * Public API: {@link de.nrw.kim.client.ClientDirectory} (look up a client the caller may see),
 * {@link de.nrw.kim.client.ClientSummary}, {@link de.nrw.kim.client.PartialDate} and the
 * {@link de.nrw.kim.client.PersonalDataContributor} extension point through which other modules add
 * their data to the export. Uses only the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Klient*innen")
package de.nrw.kim.client;
