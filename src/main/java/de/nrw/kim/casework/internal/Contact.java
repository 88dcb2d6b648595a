package de.nrw.kim.casework.internal;

import java.time.Instant;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;

/** A documented contact on a case (Beratungskontakt). Contacts are a record of what happened: never changed. */
public record Contact(UUID id, CaseId caseId, ContactDetails details, Instant recordedAt, String recordedBy) {
}
