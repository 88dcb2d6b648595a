/**
 * Surveys (Befragungen): the ministry builds a questionnaire (sections; single and multiple choice,
 * scale, number and free-text questions), sends it to all or chosen municipalities with a deadline,
 * and evaluates the answers (status per municipality, aggregated results as charts and tables,
 * CSV/XLSX). Coordinators answer for their municipality: draft, submit, change until the deadline.
 * <p>
 * A sent questionnaire is frozen (ADR 0611). Answers are tenant rows of the municipality; the ministry
 * reads them through the state scope of Row-Level Security (ADR 0612). Answers are the municipality's
 * statements, not personal data: they write no audit entries, free texts are shown per municipality
 * (ADR 0613). The module has no public API for other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Befragungen", allowedDependencies = { "platform" })
package de.nrw.kim.survey;
