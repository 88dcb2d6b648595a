package de.nrw.kim.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> oidc;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
		this.oidc = oidc;
	}

	@GetMapping("/login")
	String login(Model model) {
		if (oidc.getIfAvailable() != null) {
			// the registration id of OidcConfiguration
			model.addAttribute("oidcLoginUrl", "/oauth2/authorization/kim");
		}
		return "platform/login";
	}
}
