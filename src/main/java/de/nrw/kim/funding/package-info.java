/**
 * Funding administration: guideline versions and their yearly rates, the register of funded staff
 * positions with their dated staffing history, the permanence figures and the ministry's letters,
 * the grant cycle (application, notice, payments), the proof of use and the budget against the
 * statutory minimum of § 3 (2) TIntG.
 * <p>
 * Municipalities keep their own data (coordinator); the grant authority and the ministry read all
 * municipalities through the state scope of Row-Level Security (ADR 0301). Amounts are computed by
 * named rules chosen by guideline version ({@code funding.rules}); money is {@code BigDecimal} with two
 * decimals, rounded half-up where a rule says so (ADR 0302). Funding data are not client data, so
 * they write no audit entries, but every change is kept with who and when. Its public API is
 * {@link de.nrw.kim.funding.PositionFigures} (positions and vacancies per Baustein, counts only, for the
 * network's municipal dashboard, ADR 0707); it uses the platform and, for the factual report of the proof of use,
 * the case counts of {@code casework} and the referral counts of {@code cooperation} (counts only, ADR 0304).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Förderung", allowedDependencies = { "platform", "casework", "cooperation" })
package de.nrw.kim.funding;
