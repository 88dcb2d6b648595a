package de.nrw.kim.casework.internal;

import java.time.Instant;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;

/** The metadata of a document stored in a case file; the content is read only for a download. */
public record Document(UUID id, CaseId caseId, String title, String fileName, DocumentType type, long size,
		String sha256, Instant uploadedAt, String uploadedBy) {
}
