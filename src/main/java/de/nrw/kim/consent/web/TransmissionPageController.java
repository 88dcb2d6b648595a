package de.nrw.kim.consent.web;

import java.util.Set;

import de.nrw.kim.consent.internal.TransmissionService;
import de.nrw.kim.platform.NavigationItem;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The transmission register of the municipality for its administrator. */
@Controller
class TransmissionPageController {

	private final TransmissionService transmissions;

	TransmissionPageController(TransmissionService transmissions) {
		this.transmissions = transmissions;
	}

	@GetMapping("/transmissions")
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", transmissions.list(null, Paging.of(page == null || page < 0 ? 0 : page, 50))
				.map(t -> new Row(t, AT.format(t.at()))));
		return "consent/transmissions";
	}

	private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
			.ofPattern("dd.MM.yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Berlin"));

	/** A register entry with its time as German text. */
	record Row(de.nrw.kim.consent.Transmission t, String at) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem transmissionNavigation() {
			return new NavigationItem("nav.transmissions", "/transmissions", 850, Set.of(Role.MUNICIPAL_ADMIN));
		}
	}
}
