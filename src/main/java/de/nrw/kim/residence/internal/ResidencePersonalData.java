package de.nrw.kim.residence.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.PersonalDataContributor;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The residence part of the Art. 15 GDPR export: statuses with their full history, facts, legal-domain changes, latest hints. */
@Component
class ResidencePersonalData implements PersonalDataContributor {

	static final String PURPOSE = "Auskunft nach Art. 15 DSGVO";

	private final ClientDirectory clients;
	private final ResidenceStatuses statuses;
	private final FactsRepository facts;
	private final LegalDomains domains;
	private final AuditTrail audit;

	ResidencePersonalData(ClientDirectory clients, ResidenceStatuses statuses, FactsRepository facts, LegalDomains domains,
			AuditTrail audit) {
		this.clients = clients;
		this.statuses = statuses;
		this.facts = facts;
		this.domains = domains;
		this.audit = audit;
	}

	@Override
	public String section() {
		return "residence";
	}

	@Override
	public String title() {
		return "Aufenthalt";
	}

	@Override
	@Transactional
	public Object collect(UUID clientId) {
		if (clients.find(clientId).isEmpty()) {
			return Map.of();
		}
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		List<ResidenceStatuses.Revision> history = statuses.revisionsOf(m, clientId);
		var known = facts.find(m, clientId);
		if (history.isEmpty() && known.isEmpty()) {
			return Map.of();
		}
		audit.record(AuditAction.EXPORT, ResidenceService.STATUS + "List", clientId, clientId, PURPOSE);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("statuses", statuses.ofClient(m, clientId).stream().map(s -> Map.of("type", s.type().name(),
				"validFrom", s.validFrom().toString(), "validUntil", s.validUntil() == null ? "" : s.validUntil().toString(),
				"issuingOffice", s.issuingOffice() == null ? "" : s.issuingOffice(),
				"conditions", s.conditions() == null ? "" : s.conditions())).toList());
		data.put("history", history);
		data.put("facts", known.map(List::of).orElse(List.of()));
		data.put("legalDomainChanges", domains.ofClient(m, clientId));
		return data;
	}
}
