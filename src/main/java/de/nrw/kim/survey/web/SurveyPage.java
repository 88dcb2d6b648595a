package de.nrw.kim.survey.web;

/** Marks the survey page controllers, so {@link SurveyPageErrors} answers their errors as pages. */
interface SurveyPage {
}
