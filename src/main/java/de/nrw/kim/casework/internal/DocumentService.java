package de.nrw.kim.casework.internal;

import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents of a case file: upload (type checked by content), list, download, delete — each audited. */
@Service
@PreAuthorize(Authorities.CASE_WORK)
public class DocumentService {

	static final String DOCUMENT = "Document";

	private final CaseAccess access;
	private final Documents documents;
	private final CaseClock clock;

	DocumentService(CaseAccess access, Documents documents, CaseClock clock) {
		this.access = access;
		this.documents = documents;
		this.clock = clock;
	}

	@Transactional
	public Document upload(CaseId id, UploadedFile file) {
		Case c = access.lockVisible(id);
		Document document = c.attach(file, CurrentUser.require().username(), clock.now());
		documents.insert(c.municipality(), document, file.content());
		access.record(AuditAction.CREATE, DOCUMENT, document.id(), c);
		return document;
	}

	@Transactional
	public List<Document> list(CaseId id) {
		Case c = access.visible(id);
		access.record(AuditAction.READ, DOCUMENT + "List", id.value(), c);
		return documents.ofCase(c.municipality(), id);
	}

	@Transactional
	public Download download(CaseId id, UUID documentId) {
		Case c = access.visible(id);
		Document document = documents.find(c.municipality(), id, documentId).orElseThrow(DocumentService::notFound);
		access.record(AuditAction.READ, DOCUMENT, documentId, c);
		return new Download(document, documents.content(c.municipality(), documentId));
	}

	@Transactional
	public void delete(CaseId id, UUID documentId) {
		Case c = access.lockVisible(id);
		Document document = documents.find(c.municipality(), id, documentId).orElseThrow(DocumentService::notFound);
		c.removeDocument(document);
		documents.delete(c.municipality(), documentId);
		access.record(AuditAction.DELETE, DOCUMENT, documentId, c);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Das Dokument");
	}

	/** A document with its content, for sending as an attachment. */
	public record Download(Document document, byte[] content) {
	}
}
