package de.nrw.kim.network.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.nrw.kim.casework.CaseStatistics;
import de.nrw.kim.casework.Caseload;
import de.nrw.kim.cooperation.ReferralFigures;
import de.nrw.kim.network.internal.GapService;
import de.nrw.kim.network.internal.SteeringFigures;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Organisation;
import de.nrw.kim.platform.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The municipal dashboard of the coordination: aggregates only (open cases per phase and per case
 * manager, referrals of the year by legal domain, outcome and decline reason, gaps by domain and
 * status, "no capacity" declines per partner, positions and vacancies per Baustein) — never a case or a client.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class DashboardPageController {

	private final CaseStatistics cases;
	private final ReferralFigures referrals;
	private final GapService gaps;
	private final Organisations organisations;
	private final MessageSource messages;
	private final SteeringFigures steering;

	DashboardPageController(CaseStatistics cases, ReferralFigures referrals, GapService gaps, Organisations organisations,
			MessageSource messages, SteeringFigures steering) {
		this.steering = steering;
		this.cases = cases;
		this.referrals = referrals;
		this.gaps = gaps;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/network/dashboard")
	String dashboard(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null || year < 2020 || year > 2100 ? LocalDate.now().getYear() : year;
		Caseload load = cases.caseloadOfOwnMunicipality();
		ReferralFigures.Figures figures = referrals.of(CurrentUser.require().requireMunicipality(), y);
		GapService.Summary summary = gaps.summary();

		Map<String, Long> byPhase = new LinkedHashMap<>();
		load.openByPhase().forEach((phase, n) -> byPhase.put(text("casework.phase." + phase), n));
		Map<String, Long> byCaseManager = new LinkedHashMap<>();
		Map<String, Long> byOrganisation = new LinkedHashMap<>();
		for (Caseload.CaseManagerLoad l : load.byCaseManager()) {
			byCaseManager.merge(l.caseManagerName(), l.openCases(), Long::sum);
			String organisation = organisations.find(l.organisationId()).map(Organisation::name).orElse("–");
			byOrganisation.merge(organisation, l.openCases(), Long::sum);
		}
		Map<String, Long> declines = new LinkedHashMap<>();
		steering.noCapacityDeclines(y).forEach(d -> declines.merge(d.partnerName(), d.declines(), Long::sum));
		model.addAttribute("year", y);
		model.addAttribute("charts", java.util.List.of(
				Chart.of("phase", text("network.dashboard.byPhase"), text("network.dashboard.byPhaseDesc"), byPhase),
				Chart.of("caseManager", text("network.dashboard.byCaseManager"), text("network.dashboard.byCaseManagerDesc"), byCaseManager),
				Chart.of("organisation", text("network.dashboard.byOrganisation"), text("network.dashboard.byOrganisationDesc"), byOrganisation),
				Chart.of("legalDomain", text("network.dashboard.referralsByLegalDomain"), text("network.dashboard.referralsDesc", y),
						labelled(figures.byLegalDomain(), "partner.legalDomain.")),
				Chart.of("referralStatus", text("network.dashboard.referralsByStatus"), text("network.dashboard.referralsDesc", y),
						labelled(figures.byStatus(), "cooperation.status.")),
				Chart.of("declineReason", text("network.dashboard.declinesByReason"), text("network.dashboard.referralsDesc", y),
						labelled(figures.byDeclineReason(), "cooperation.declineReason.")),
				Chart.of("noCapacity", text("network.dashboard.noCapacityByPartner"), text("network.dashboard.referralsDesc", y),
						declines),
				Chart.of("gapDomain", text("network.dashboard.gapsByDomain"), text("network.dashboard.gapsDesc"),
						labelled(summary.byDomain(), "casework.domain.")),
				Chart.of("gapStatus", text("network.dashboard.gapsByStatus"), text("network.dashboard.gapsDesc"),
						labelled(summary.byStatus(), "network.gapStatus."))));
		model.addAttribute("referralTotal", figures.total());
		model.addAttribute("positions", steering.positions(LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))));
		return "network/dashboard";
	}

	private Map<String, Long> labelled(Map<String, Long> counts, String prefix) {
		Map<String, Long> result = new LinkedHashMap<>();
		counts.forEach((key, n) -> result.put(text(prefix + key), n));
		return result;
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}
}
