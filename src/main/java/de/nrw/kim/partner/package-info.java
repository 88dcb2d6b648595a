/**
 * Network partners (Netzwerkpartner): the organisations of a municipality case managers work with —
 * Jobcenter, Ausländerbehörde, Jugendamt, migration counselling, language course providers … — with
 * their type, legal domains (Rechtskreise), address and contact persons. Coordinators manage them;
 * case managers may propose one (status PROPOSED until a coordinator confirms). Users with the role
 * PARTNER work for exactly one partner ({@link de.nrw.kim.partner.Partners#ofMember}).
 * <p>
 * Public API: {@link de.nrw.kim.partner.Partners}, {@link de.nrw.kim.partner.Partner},
 * {@link de.nrw.kim.partner.LegalDomain}, {@link de.nrw.kim.partner.PartnerType},
 * {@link de.nrw.kim.partner.PartnerStatus}. Uses only the platform (ADR 0401).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Netzwerkpartner", allowedDependencies = { "platform" })
package de.nrw.kim.partner;
