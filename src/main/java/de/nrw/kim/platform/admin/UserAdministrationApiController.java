package de.nrw.kim.platform.admin;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.platform.Organisation;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.platform.security.UserAccounts.Account;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and organisations of the administrator's own municipality. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Benutzerverwaltung")
class UserAdministrationApiController {

	private final UserAdministration administration;

	UserAdministrationApiController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/users")
	PageResult<UserResponse> users(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return administration.list(Paging.of(page, size)).map(UserResponse::of);
	}

	@GetMapping("/users/{id}")
	UserResponse user(@PathVariable UUID id) {
		return UserResponse.of(administration.get(id));
	}

	@PostMapping("/users")
	ResponseEntity<UserResponse> create(@RequestBody NewUser request) {
		Account account = administration.create(request.username(), request.displayName(), request.role(),
				request.organisationId(), request.password());
		return ResponseEntity.created(URI.create("/api/v1/users/" + account.id())).body(UserResponse.of(account));
	}

	@PatchMapping("/users/{id}")
	UserResponse update(@PathVariable UUID id, @RequestBody UserChange request) {
		if (request.version() == null) {
			throw new ValidationException("version", "Bitte die Version mitsenden, die Sie zuletzt gelesen haben.");
		}
		return UserResponse.of(administration.update(id, request.version(), request.displayName(), request.role(),
				request.organisationId(), request.enabled() == null || request.enabled()));
	}

	@PostMapping("/users/{id}/password")
	ResponseEntity<Void> resetPassword(@PathVariable UUID id, @RequestBody PasswordReset request) {
		administration.resetPassword(id, request.password());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/users/{id}/two-factor")
	ResponseEntity<Void> resetTwoFactor(@PathVariable UUID id) {
		administration.resetTwoFactor(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/organisations")
	List<OrganisationResponse> organisations() {
		return administration.organisations().stream().map(OrganisationResponse::of).toList();
	}

	@PostMapping("/organisations")
	ResponseEntity<OrganisationResponse> createOrganisation(@RequestBody NewOrganisation request) {
		Organisation organisation = administration.createOrganisation(request.name(), request.kind());
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id()))
				.body(OrganisationResponse.of(organisation));
	}

	record NewUser(String username, String displayName, Role role, UUID organisationId, String password) {
	}

	record UserChange(String displayName, Role role, UUID organisationId, Boolean enabled, Integer version) {
	}

	record PasswordReset(String password) {
	}

	record NewOrganisation(String name, Organisation.Kind kind) {
	}

	record UserResponse(UUID id, String username, String displayName, Set<Role> roles, OrganisationRef organisation,
			boolean enabled, int version, boolean twoFactor) {

		static UserResponse of(Account a) {
			return new UserResponse(a.id(), a.username(), a.displayName(), a.roles(),
					a.organisationId() == null ? null : new OrganisationRef(a.organisationId(), a.organisationName()),
					a.enabled(), a.version(), a.twoFactor());
		}
	}

	record OrganisationRef(UUID id, String name) {
	}

	record OrganisationResponse(UUID id, String name, Organisation.Kind kind) {
		static OrganisationResponse of(Organisation o) {
			return new OrganisationResponse(o.id(), o.name(), o.kind());
		}
	}
}
