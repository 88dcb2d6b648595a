package de.nrw.kim.network.web;

import java.util.Map;
import java.util.Set;

import de.nrw.kim.network.internal.GapService;
import de.nrw.kim.network.internal.GapStatus;
import de.nrw.kim.network.internal.OfferService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StartPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entries and the coordination's start page section (offers due for a check, open gaps). */
@Configuration(proxyBeanMethods = false)
class NetworkWebConfiguration {

	@Bean
	NavigationItem offersNavigation() {
		return new NavigationItem("nav.offers", "/offers", 310, Set.of(Role.COORDINATOR, Role.CASE_MANAGER, Role.MUNICIPAL_ADMIN));
	}

	@Bean
	NavigationItem gapsNavigation() {
		return new NavigationItem("nav.gaps", "/structural-gaps", 320, Set.of(Role.COORDINATOR, Role.CASE_MANAGER));
	}

	@Bean
	NavigationItem steeringNavigation() {
		return new NavigationItem("nav.steering", "/steering-meetings", 330, Set.of(Role.COORDINATOR));
	}

	@Bean
	NavigationItem networkDashboardNavigation() {
		return new NavigationItem("nav.networkDashboard", "/network/dashboard", 340, Set.of(Role.COORDINATOR));
	}

	@Bean
	StartPageSection networkStart(OfferService offers, GapService gaps) {
		return new StartPageSection() {
			@Override
			public int order() {
				return 40;
			}

			@Override
			public boolean visibleTo(CurrentUser user) {
				return user.has(Role.COORDINATOR);
			}

			@Override
			public String fragment() {
				return "network/start :: coordination";
			}

			@Override
			public Map<String, Object> model(CurrentUser user) {
				return Map.of("staleOffers", offers.stale(5), "staleCount", offers.staleCount(),
						"staleAfterDays", offers.staleAfterDays(),
						"openGaps", gaps.list(true, GapStatus.OPEN, null, Paging.of(0, 1)).total());
			}
		};
	}
}
