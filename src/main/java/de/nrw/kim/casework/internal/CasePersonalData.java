package de.nrw.kim.casework.internal;

import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.PersonalDataContributor;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds the client's cases to the Art. 15 GDPR export: every case the caller's organisation (the
 * data controller) holds on the person — also those a colleague has not shared, because the right
 * of access is against the controller, not against one case manager — with assessments, goals,
 * contacts, follow-ups and the metadata of documents (their content is handed out separately).
 * Each case exported is an EXPORT entry in the audit trail.
 */
@Component
public class CasePersonalData implements PersonalDataContributor {

	static final String PURPOSE = "Auskunft nach Art. 15 DSGVO";

	private final ClientDirectory clients;
	private final Cases cases;
	private final Assessments assessments;
	private final Goals goals;
	private final Contacts contacts;
	private final FollowUps followUps;
	private final Documents documents;
	private final AuditTrail audit;

	CasePersonalData(ClientDirectory clients, Cases cases, Assessments assessments, Goals goals, Contacts contacts,
			FollowUps followUps, Documents documents, AuditTrail audit) {
		this.clients = clients;
		this.cases = cases;
		this.assessments = assessments;
		this.goals = goals;
		this.contacts = contacts;
		this.followUps = followUps;
		this.documents = documents;
		this.audit = audit;
	}

	@Override
	public String section() {
		return "cases";
	}

	@Override
	public String title() {
		return "Fälle";
	}

	@Override
	@Transactional
	public Object collect(UUID clientId) {
		CurrentUser user = CurrentUser.require();
		if (clients.find(clientId).isEmpty()) {
			return List.of();
		}
		return cases.ofClientInOrganisation(user.requireMunicipality(), clientId, user.organisationId()).stream()
				.map(c -> {
					audit.record(AuditAction.EXPORT, CaseAccess.CASE, c.id().value(), clientId, PURPOSE);
					return export(c);
				})
				.toList();
	}

	private ExportedCase export(Case c) {
		var m = c.municipality();
		List<Contact> allContacts = new ArrayList<>();
		PageResult<Contact> page;
		int index = 0;
		do {
			page = contacts.ofCase(m, c.id(), new Paging(index++, Paging.MAX_SIZE));
			allContacts.addAll(page.items());
		} while (page.hasNext());
		return new ExportedCase(c.id().value(), c.phase().name(), c.caseManager(), c.openedOn(), c.closedOn(),
				c.closureReason() == null ? null : c.closureReason().name(), c.closureNote(),
				ComparedAssessment.history(assessments.ofCase(m, c.id())).stream()
						.map(a -> new ExportedAssessment(a.assessment().assessedOn(), a.assessment().assessedBy(),
								a.domains().stream().map(d -> new ExportedNeed(d.domain().name(), d.need().name(), d.note())).toList()))
						.toList(),
				goals.ofCase(m, c.id()).stream()
						.map(g -> new ExportedGoal(g.domain().name(), g.title(), g.dueOn(), g.status().name())).toList(),
				allContacts.stream().map(k -> new ExportedContact(k.details().on(), k.details().mode().name(),
						k.details().minutes(), k.details().interpreter(), k.details().note(), k.recordedBy())).toList(),
				followUps.ofCase(m, c.id()).stream()
						.map(f -> new ExportedFollowUp(f.dueOn(), f.title(), f.done())).toList(),
				documents.ofCase(m, c.id()).stream()
						.map(d -> new ExportedDocument(d.title(), d.fileName(), d.type().mediaType(), d.size(), d.sha256(),
								d.uploadedAt(), d.uploadedBy()))
						.toList());
	}

	public record ExportedCase(UUID id, String phase, String caseManager, LocalDate openedOn, LocalDate closedOn,
			String closureReason, String closureNote, List<ExportedAssessment> assessments, List<ExportedGoal> goals,
			List<ExportedContact> contacts, List<ExportedFollowUp> followUps, List<ExportedDocument> documents) {
	}

	public record ExportedAssessment(LocalDate assessedOn, String assessedBy, List<ExportedNeed> needs) {
	}

	public record ExportedNeed(String domain, String need, String note) {
	}

	public record ExportedGoal(String domain, String title, LocalDate dueOn, String status) {
	}

	public record ExportedContact(LocalDate on, String mode, Integer minutes, boolean interpreter, String note,
			String recordedBy) {
	}

	public record ExportedFollowUp(LocalDate dueOn, String title, boolean done) {
	}

	public record ExportedDocument(String title, String fileName, String mediaType, long size, String sha256,
			Instant uploadedAt, String uploadedBy) {
	}
}
