package de.nrw.kim.funding.web;

/** Marks the funding page controllers, so {@link FundingPageErrors} answers their errors as pages. */
interface FundingPage {
}
