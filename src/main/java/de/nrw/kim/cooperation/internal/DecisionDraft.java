package de.nrw.kim.cooperation.internal;

/** A decision as entered: what, who is responsible, by when (ISO date). */
public record DecisionDraft(String text, String responsible, String dueOn) {
}
