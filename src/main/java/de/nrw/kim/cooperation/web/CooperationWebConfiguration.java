package de.nrw.kim.cooperation.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.client.ClientPageSection;
import de.nrw.kim.cooperation.ReferralStatus;
import de.nrw.kim.cooperation.internal.ReferralService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StartPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner's navigation and start page, and the referrals section on the client page. */
@Configuration(proxyBeanMethods = false)
class CooperationWebConfiguration {

	@Bean
	NavigationItem partnerInboxNavigation() {
		return new NavigationItem("nav.referrals.incoming", "/referrals/incoming", 100, Set.of(Role.PARTNER));
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
