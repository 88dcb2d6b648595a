package de.nrw.kim.reporting.internal;

/** One stored figure of a municipality-year: scope ("" = municipality, else a case manager), measure, month (0 = year). */
record FigureKey(String scope, String measure, int month) {
}
