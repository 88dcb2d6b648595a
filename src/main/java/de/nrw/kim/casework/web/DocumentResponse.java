package de.nrw.kim.casework.web;

import java.time.Instant;
import java.util.UUID;

import de.nrw.kim.casework.internal.Document;

/** The metadata of a document as the API shows it (the content only by download). */
record DocumentResponse(UUID id, UUID caseId, String title, String fileName, String mediaType, long size,
		String sha256, Instant uploadedAt, String uploadedBy) {

	static DocumentResponse of(Document d) {
		return new DocumentResponse(d.id(), d.caseId().value(), d.title(), d.fileName(), d.type().mediaType(),
				d.size(), d.sha256(), d.uploadedAt(), d.uploadedBy());
	}
}
