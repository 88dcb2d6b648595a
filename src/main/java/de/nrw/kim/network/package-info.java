/**
 * Network and steering (Baustein 1): the offers of the network partners (searchable by life domain,
 * language and place, kept current by the coordination), structural gaps that case managers raise
 * from their casework — stored without personal data, the coordination never learns the case behind
 * a gap —, the steering group (Lenkungsgruppe) with agenda items built from gaps, decisions and
 * minutes, the coordination's municipal dashboard of aggregates, and the municipality's KIM concept:
 * target groups with dated eligibility rules (a hint at intake, never a barrier), steering structure and
 * partner agreements with PDF documents.
 * <p>
 * Uses the platform, partners (partner register), clients (arrival and birth date for the target-group
 * hint), casework (a case behind a gap, case figures, the case overview section), cooperation (referral
 * figures) and funding (position figures) through their public APIs only (ADR 0701, 0706, 0707).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Netzwerk und Steuerung",
		allowedDependencies = { "platform", "partner", "client", "casework", "cooperation", "funding" })
package de.nrw.kim.network;
