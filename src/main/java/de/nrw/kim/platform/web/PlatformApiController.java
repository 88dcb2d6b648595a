package de.nrw.kim.platform.web;

import java.util.List;
import java.util.Set;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.platform.Role;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and which municipalities exist (API.md "Platform"). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Plattform")
class PlatformApiController {

	private final Municipalities municipalities;

	PlatformApiController(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	@GetMapping("/me")
	MeResponse me() {
		CurrentUser user = CurrentUser.require();
		MunicipalityRef municipality = user.municipality() == null ? null
				: MunicipalityRef.of(municipalities.get(user.municipality()));
		return new MeResponse(user.username(), user.displayName(), user.roles(), municipality);
	}

	@GetMapping("/municipalities")
	List<Municipality> municipalities() {
		return municipalities.all();
	}

	record MeResponse(String username, String displayName, Set<Role> roles, MunicipalityRef municipality) {
	}

	record MunicipalityRef(String key, String name) {
		static MunicipalityRef of(Municipality m) {
			return new MunicipalityRef(m.key(), m.name());
		}
	}
}
