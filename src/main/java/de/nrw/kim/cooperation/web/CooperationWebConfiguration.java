package de.nrw.kim.cooperation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.casework.CasePageSection;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.client.ClientPageSection;
import de.nrw.kim.cooperation.ReferralStatus;
import de.nrw.kim.cooperation.internal.ReferralService;
import de.nrw.kim.cooperation.internal.Transfer;
import de.nrw.kim.cooperation.internal.TransferService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StartPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partner's navigation and start page, the referrals section on the client page, and the ways to
 * transfers: navigation and start page for the receiving municipality, a section on the case overview.
 */
@Configuration(proxyBeanMethods = false)
class CooperationWebConfiguration {

	@Bean
	NavigationItem partnerInboxNavigation() {
		return new NavigationItem("nav.referrals.incoming", "/referrals/incoming", 100, Set.of(Role.PARTNER));
	}

	@Bean
	NavigationItem incomingTransfersNavigation() {
		return new NavigationItem("nav.transfers.incoming", "/transfers/incoming", 270, Set.of(Role.CASE_MANAGER, Role.COORDINATOR));
	}

	/** Transfers waiting for the municipality's answer, on the start page of its case managers and coordinators. */
	@Bean
	StartPageSection incomingTransfersStart(TransferService transfers) {
		return new StartPageSection() {
			@Override
			public int order() {
				return 15;
			}

			@Override
			public boolean visibleTo(CurrentUser user) {
				return user.has(Role.CASE_MANAGER) || user.has(Role.COORDINATOR);
			}

			@Override
			public String fragment() {
				return "cooperation/transfers-incoming :: start";
			}

			@Override
			public Map<String, Object> model(CurrentUser user) {
				List<TransferPageController.TransferView> pending = transfers.list(true).stream()
						.filter(t -> t.status() == Transfer.Status.PENDING).limit(5)
						.map(t -> new TransferPageController.TransferView(t, transfers.municipalityName(t.from()),
								transfers.municipalityName(t.to())))
						.toList();
				return Map.of("pending", pending);
			}
		};
	}

	/** On the case overview: where the case came from or went, and the way to request a transfer. */
	@Bean
	CasePageSection caseTransferSection(TransferService transfers) {
		return new CasePageSection() {
			@Override
			public int order() {
				return 80;
			}

			@Override
			public boolean visibleTo(CurrentUser user) {
				return user.has(Role.CASE_MANAGER);
			}

			@Override
			public String fragment() {
				return "cooperation/case-section :: caseSection";
			}

			@Override
			public Map<String, Object> model(CaseSummary kase, CurrentUser user) {
				UUID id = kase.id().value();
				Map<String, Object> model = new HashMap<>();
				model.put("caseId", id);
				transfers.linkOf(id).map(t -> new TransferPageController.TransferView(t, transfers.municipalityName(t.from()),
						transfers.municipalityName(t.to()))).ifPresent(v -> model.put(
								v.transfer().to().equals(user.municipality()) ? "opened" : "handedOver", v));
				transfers.ofCase(id).stream().filter(t -> t.status() == Transfer.Status.PENDING).findFirst()
						.ifPresent(t -> model.put("pending", new TransferPageController.TransferView(t,
								transfers.municipalityName(t.from()), transfers.municipalityName(t.to()))));
				model.putIfAbsent("opened", null);
				model.putIfAbsent("handedOver", null);
				model.putIfAbsent("pending", null);
				return model;
			}
		};
	}

	@Bean
	StartPageSection partnerInboxStart(ReferralService referrals) {
		return new StartPageSection() {
			@Override
			public int order() {
				return 10;
			}

			@Override
			public boolean visibleTo(CurrentUser user) {
				return user.has(Role.PARTNER);
			}

			@Override
			public String fragment() {
				return "cooperation/inbox :: start";
			}

			@Override
			public Map<String, Object> model(CurrentUser user) {
				return Map.of("result", referrals.list(ReferralStatus.SENT, Paging.of(0, 5)));
			}
		};
	}

	@Bean
	ClientPageSection clientReferralsSection(CaseWork cases) {
		return new ClientPageSection() {
			@Override
			public int order() {
				return 300;
			}

			@Override
			public boolean visibleTo(CurrentUser user) {
				return user.has(Role.CASE_MANAGER);
			}

			@Override
			public String fragment() {
				return "cooperation/client-section :: clientSection";
			}

			@Override
			public Map<String, Object> model(UUID clientId, CurrentUser user) {
				return Map.of("cases", List.copyOf(cases.casesOf(clientId)));
			}
		};
	}
}
