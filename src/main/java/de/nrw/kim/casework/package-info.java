/**
 * Casework (Fallarbeit): cases of case management through their phases (intake, assessment,
 * planning, implementation/monitoring, closure), assessment of needs per life domain with history,
 * the plan (goals), contacts, follow-ups (Wiedervorlagen), documents and closure with its reason.
 * <p>
 * A case belongs to the organisation of its case manager. It is visible only to its case manager
 * and, when shared with the team, to the case managers of the same organisation (need-to-know,
 * § 35 SGB I); to everyone else it does not exist (404). Every read and write of case data is in
 * the audit trail with the client concerned.
 * <p>
 * Public API: the facade {@link de.nrw.kim.casework.CaseWork} with {@link de.nrw.kim.casework.CaseSummary},
 * the ID {@link de.nrw.kim.casework.CaseId}, the vocabulary of GLOSSARY.md ({@link de.nrw.kim.casework.Phase},
 * {@link de.nrw.kim.casework.LifeDomain}, {@link de.nrw.kim.casework.Need},
 * {@link de.nrw.kim.casework.ClosureReason}), the events {@link de.nrw.kim.casework.CaseOpened},
 * {@link de.nrw.kim.casework.CasePhaseChanged}, {@link de.nrw.kim.casework.CaseAssessed},
 * {@link de.nrw.kim.casework.CaseClosed}, and the extension point
 * {@link de.nrw.kim.casework.DeadlineSource} through which later modules (residence) add deadlines
 * to the case manager's start page; {@link de.nrw.kim.casework.CaseStatistics} answers counts of a
 * municipality's cases per year ({@link de.nrw.kim.casework.CaseFigures}) for reports such as the funding proof of use. Uses the platform and the client module's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fallarbeit", allowedDependencies = { "platform", "client" })
package de.nrw.kim.casework;
