package de.nrw.kim.network.web;

import java.util.Map;
import java.util.Set;

import de.nrw.kim.casework.CasePageSection;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.network.internal.Eligibility;
import de.nrw.kim.network.internal.GapService;
import de.nrw.kim.network.internal.TargetGroupService;
import de.nrw.kim.network.internal.GapStatus;
import de.nrw.kim.network.internal.OfferService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StartPageSection;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries, the coordination's start page section (offers due for a check, open gaps), the
 * upload limit of agreement documents and the target-group hint on the case overview.
 */
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
	NavigationItem conceptNavigation() {
		return new NavigationItem("nav.kimConcept", "/kim-concept", 335, Set.of(Role.COORDINATOR, Role.CASE_MANAGER));
	}

	/** Before the security filters, which are the first to read (and fail on) a too large upload. */
	@Bean
	FilterRegistrationBean<AgreementUploadLimitFilter> agreementUploadLimitFilter() {
		FilterRegistrationBean<AgreementUploadLimitFilter> registration = new FilterRegistrationBean<>(
				new AgreementUploadLimitFilter());
		registration.addUrlPatterns("/kim-concept/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/** At intake, a hint on the case overview when the client falls into no target group of the KIM concept. */
	@Bean
	CasePageSection targetGroupCaseSection(TargetGroupService groups) {
		return new CasePageSection() {
			@Override
			public int order() {
				return 10;
			}

			@Override
			public boolean visibleTo(CurrentUser user) {
				return user.has(Role.CASE_MANAGER);
			}

			@Override
			public String fragment() {
				return "network/concept-case :: targetGroups";
			}

			@Override
			public Map<String, Object> model(CaseSummary kase, CurrentUser user) {
				if (kase.phase() != Phase.INTAKE) {
					return Map.of();
				}
				Eligibility.Result result = groups.check(kase);
				return result.warn() ? Map.of("result", result) : Map.of();
			}
		};
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
