package de.nrw.kim.residence.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.client.ClientPageSection;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StartPageSection;
import de.nrw.kim.residence.internal.NotificationService;
import de.nrw.kim.residence.internal.ResidenceService;
import de.nrw.kim.residence.internal.ResidenceStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the residence module shows up elsewhere: main navigation ("Fristen", "Erinnerungen",
 * "Arbeitsliste ABH"), a section on the client page and the reminder count on the start page.
 */
@Configuration(proxyBeanMethods = false)
class ResidenceWebConfiguration {

	@Bean
	NavigationItem deadlinesNavigation() {
		return new NavigationItem("residence.nav.deadlines", "/deadlines", 250, Set.of(Role.CASE_MANAGER, Role.IMMIGRATION_OFFICER));
	}

	@Bean
	NavigationItem notificationsNavigation() {
		return new NavigationItem("residence.nav.notifications", "/residence/notifications", 260,
				Set.of(Role.CASE_MANAGER, Role.IMMIGRATION_OFFICER));
	}

	@Bean
	NavigationItem worklistNavigation() {
		return new NavigationItem("residence.nav.worklist", "/residence/worklist", 240, Set.of(Role.IMMIGRATION_OFFICER));
	}

	@Bean
	StartPageSection residenceStartSection(NotificationService notifications) {
		return new StartPageSection() {

			@Override
			public int order() {
				return 130;
			}

			@Override
			public boolean visibleTo(CurrentUser user) {
				return user.has(Role.CASE_MANAGER) || user.has(Role.IMMIGRATION_OFFICER);
			}

			@Override
			public String fragment() {
				return "residence/sections :: start";
			}

			@Override
			public Map<String, Object> model(CurrentUser user) {
				return Map.of("unread", notifications.unread(), "abh", user.has(Role.IMMIGRATION_OFFICER));
			}
		};
	}

	@Bean
	ClientPageSection residenceClientSection(ResidenceService residence) {
		return new ClientPageSection() {

			@Override
			public int order() {
				return 50;
			}

			@Override
			public boolean visibleTo(CurrentUser user) {
				return user.has(Role.CASE_MANAGER);
			}

			@Override
			public String fragment() {
				return "residence/sections :: client";
			}

			@Override
			public Map<String, Object> model(UUID clientId, CurrentUser user) {
				List<ResidenceStatus> statuses = residence.statuses(clientId);
				java.time.LocalDate today = residence.today();
				Map<String, Object> model = new LinkedHashMap<>();
				model.put("clientId", clientId);
				model.put("current", statuses.stream().filter(s -> s.covers(today)).reduce((a, b) -> b).orElse(null));
				model.put("hints", residence.perspectives(clientId, today));
				return model;
			}
		};
	}
}
