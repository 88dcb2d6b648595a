/**
 * Löschkonzept: the retention period per municipality (default three years after the last case
 * closed), the nightly retention run and the run on demand that erase a person's data in every module
 * through the client module's {@link de.nrw.kim.client.PersonalDataEraser} while the statistics stay,
 * the deletion report for the data-protection officer, and the administrator's pages for the
 * restriction of processing (Sperrung, Art. 18 GDPR) held by the client module (ADR 0025–0027).
 * No public API: other modules take part only through the eraser extension point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Löschkonzept",
		allowedDependencies = { "platform", "client", "casework" })
package de.nrw.kim.retention;
