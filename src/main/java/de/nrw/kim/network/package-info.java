/**
 * Network and steering (Baustein 1): the offers of the network partners (searchable by life domain,
 * language and place, kept current by the coordination), structural gaps that case managers raise
 * from their casework — stored without personal data, the coordination never learns the case behind
 * a gap —, the steering group (Lenkungsgruppe) with agenda items built from gaps, decisions and
 * minutes, and the coordination's municipal dashboard of aggregates.
 * <p>
 * Uses the platform, partners (partner register), casework (a case behind a gap, case figures) and
 * cooperation (referral figures) through their public APIs only (ADR 0701).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Netzwerk und Steuerung",
		allowedDependencies = { "platform", "partner", "client", "casework", "cooperation", "funding" })
package de.nrw.kim.network;
