package de.nrw.kim.network.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partner agreement of the KIM concept with its PDF documents (without their content). */
public record Agreement(UUID id, UUID partnerId, String partnerName, String title, String body, LocalDate concludedOn,
		LocalDate validUntil, int version, List<Document> documents) {

	public record Document(UUID id, String fileName, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
	}

	public record Download(Document document, byte[] content) {
	}
}
