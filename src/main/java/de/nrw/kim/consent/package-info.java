/**
 * Consent (Einwilligung / Schweigepflichtentbindung): the only door through which a client's data
 * reaches another organisation. A consent names recipients (partners of the municipality, receiving
 * municipalities), data categories, purpose, form and validity; it can be revoked, which acts at once.
 * Its status is computed against the day asked about, so an expired consent stops covering on its
 * end date without any job. The transmission register (Übermittlungsverzeichnis) records every
 * disclosure with its consent or legal basis.
 * <p>
 * Public API: {@link de.nrw.kim.consent.Consents} (the check {@link de.nrw.kim.consent.ConsentCheck}
 * every disclosing module must pass), {@link de.nrw.kim.consent.TransmissionRegister},
 * {@link de.nrw.kim.consent.Recipient}, {@link de.nrw.kim.consent.DataCategory},
 * {@link de.nrw.kim.consent.Transmission}. Uses the platform, clients and partners (ADR 0402).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Einwilligungen", allowedDependencies = { "platform", "client", "partner" })
package de.nrw.kim.consent;
