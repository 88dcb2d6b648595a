package de.nrw.kim.cooperation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.consent.Consents;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The head of the referral and conference pages of a case: the case, the person's name and, per
 * confirmed partner, the data categories today's consents cover (the "at a glance" view).
 */
@Component
class PartnerCoverage {

	private final Partners partners;
	private final Consents consents;
	private final ClientDirectory clients;

	PartnerCoverage(Partners partners, Consents consents, ClientDirectory clients) {
		this.partners = partners;
		this.consents = consents;
		this.clients = clients;
	}

	void addTo(Model model, CaseSummary c) {
		List<Partner> confirmed = partners.confirmed();
		Map<Partner, Set<DataCategory>> coverage = new LinkedHashMap<>();
		confirmed.forEach(p -> coverage.put(p, consents.coveredCategories(c.clientId(), Recipient.partner(p.id()), consents.today())));
		model.addAttribute("caseSummary", c);
		model.addAttribute("clientName", clients.find(c.clientId()).map(x -> x.displayName()).orElse(null));
		model.addAttribute("partners", confirmed);
		model.addAttribute("coverage", coverage);
		model.addAttribute("categories", DataCategory.values());
	}
}
