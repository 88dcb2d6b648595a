package de.nrw.kim.client.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.PersonalDataContributor;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.Organisation;
import de.nrw.kim.platform.Organisations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Art. 15 GDPR export: everything held on a person — the client record and what every other module
 * contributes ({@link PersonalDataContributor}) — collected in one transaction and audited as EXPORT.
 */
@Service
public class ClientExports {

	static final String PURPOSE = "Auskunft Art. 15 DSGVO";

	private final ClientService clients;
	private final AuditTrail audit;
	private final List<PersonalDataContributor> contributors;
	private final Organisations organisations;
	private final Municipalities municipalities;
	private final Clock clock;

	ClientExports(ClientService clients, AuditTrail audit, List<PersonalDataContributor> contributors,
			Organisations organisations, Municipalities municipalities, Clock clock) {
		this.clients = clients;
		this.audit = audit;
		this.contributors = contributors.stream().sorted(Comparator.comparing(PersonalDataContributor::section)).toList();
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** @param format "JSON" or "PDF", recorded with the audit entry */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Export export(UUID clientId, String format) {
		Client client = clients.visible(clientId).orElseThrow(() -> new NotFoundException("Die Klientin / der Klient"));
		List<Section> sections = contributors.stream()
				.map(contributor -> new Section(contributor.section(), contributor.title(), contributor.collect(clientId)))
				.toList();
		audit.record(AuditAction.EXPORT, ClientService.ENTITY, clientId, clientId, PURPOSE + " (" + format + ")");
		CurrentUser user = CurrentUser.require();
		String organisation = organisations.find(client.organisationId()).map(Organisation::name).orElse(null);
		return new Export(clock.instant(), user.username(), user.displayName(), client,
				municipalities.get(client.municipality()), organisation, sections);
	}

	/**
	 * What the export holds.
	 *
	 * @param organisationName the controller responsible for the data (Art. 15 (1) GDPR)
	 */
	public record Export(Instant createdAt, String createdBy, String createdByName, Client client,
			Municipality municipality, String organisationName, List<Section> sections) {
	}

	/** One module's part: key, German title and plain data. */
	public record Section(String key, String title, Object data) {
	}
}
