/**
 * Cooperation across legal domains: referrals (Vermittlungen) of a case to a network partner, each
 * only under a covering consent and recorded as a disclosure; the partner's staff see and answer the
 * referrals addressed to them, with only the data the consent still covers. Case conferences and
 * transfers will join here.
 * <p>
 * Public API: {@link de.nrw.kim.cooperation.ReferralFigures} (aggregated counts for reporting,
 * funding and steering), {@link de.nrw.kim.cooperation.ReferralStatus},
 * {@link de.nrw.kim.cooperation.DeclineReason}. Uses platform, clients, casework, partners and consent
 * (ADR 0403).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kooperation",
		allowedDependencies = { "platform", "client", "casework", "partner", "consent" })
package de.nrw.kim.cooperation;
