package de.nrw.kim.platform.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.Organisation;
import de.nrw.kim.platform.Organisations;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.platform.ValidationException.FieldError;
import de.nrw.kim.platform.security.PasswordPolicy;
import de.nrw.kim.platform.security.UserAccounts;
import de.nrw.kim.platform.security.UserSessions;
import de.nrw.kim.platform.security.UserAccounts.Account;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipal administrator manages the accounts and organisations of their own municipality.
 * Only municipal roles can be given; state-level roles are never assigned from a municipality.
 */
@Service
@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
class UserAdministration {

	static final Set<Role> ASSIGNABLE = EnumSet.of(Role.CASE_MANAGER, Role.COORDINATOR, Role.IMMIGRATION_OFFICER,
			Role.MUNICIPAL_ADMIN);
	private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,62}";

	private final UserAccounts accounts;
	private final Organisations organisations;
	private final PasswordEncoder encoder;
	private final PasswordPolicy passwords;
	private final UserSessions sessions;

	UserAdministration(UserAccounts accounts, Organisations organisations, PasswordEncoder encoder,
			PasswordPolicy passwords, UserSessions sessions) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.encoder = encoder;
		this.passwords = passwords;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	PageResult<Account> list(Paging paging) {
		MunicipalityKey municipality = CurrentUser.require().requireMunicipality();
		return new PageResult<>(accounts.list(municipality, paging.size(), paging.offset()), paging.page(),
				paging.size(), accounts.count(municipality));
	}

	@Transactional(readOnly = true)
	Account get(UUID id) {
		return accounts.find(CurrentUser.require().requireMunicipality(), id)
				.orElseThrow(() -> new NotFoundException("Das Benutzerkonto"));
	}

	@Transactional
	Account create(String username, String displayName, Role role, UUID organisationId, String password) {
		CurrentUser admin = CurrentUser.require();
		List<FieldError> errors = new ArrayList<>();
		String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
		if (!name.matches(USERNAME)) {
			errors.add(new FieldError("username", "2–63 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Bindestrich, Unterstrich."));
		} else if (accounts.exists(name)) {
			errors.add(new FieldError("username", "Diesen Benutzernamen gibt es schon."));
		}
		checkDisplayName(displayName, errors);
		checkRole(role, errors);
		checkOrganisation(organisationId, errors);
		checkPassword(password, name, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		UUID id = accounts.create(name, encoder.encode(password), displayName.strip(), Set.of(role),
				admin.requireMunicipality(), organisationId);
		return get(id);
	}

	@Transactional
	Account update(UUID id, int version, String displayName, Role role, UUID organisationId, boolean enabled) {
		CurrentUser admin = CurrentUser.require();
		Account current = get(id);
		List<FieldError> errors = new ArrayList<>();
		checkDisplayName(displayName, errors);
		checkRole(role, errors);
		checkOrganisation(organisationId, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		if (current.id().equals(admin.id()) && (!enabled || role != Role.MUNICIPAL_ADMIN)) {
			throw new ConflictException(ProblemType.CONFLICT,
					"Sie können Ihr eigenes Konto nicht deaktivieren oder sich die Verwaltungsrolle nehmen.");
		}
		if (current.version() != version || !accounts.update(admin.requireMunicipality(), id, version,
				displayName.strip(), Set.of(role), organisationId, enabled)) {
			throw new StaleVersionException();
		}
		if (!current.roles().equals(Set.of(role)) || current.enabled() != enabled) {
			sessions.endAllOf(current.username());
		}
		return get(id);
	}

	@Transactional
	void resetPassword(UUID id, String password) {
		Account account = get(id);
		List<FieldError> errors = new ArrayList<>();
		checkPassword(password, account.username(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		accounts.changePassword(CurrentUser.require().requireMunicipality(), id, encoder.encode(password));
		sessions.endAllOf(account.username());
	}

	/** Switches off the second factor of an account whose owner lost the device; they set it up anew. */
	@Transactional
	void resetTwoFactor(UUID id) {
		get(id);
		accounts.resetTwoFactor(CurrentUser.require().requireMunicipality(), id);
	}

	@Transactional(readOnly = true)
	List<Organisation> organisations() {
		return organisations.all();
	}

	@Transactional
	Organisation createOrganisation(String name, Organisation.Kind kind) {
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			errors.add(new FieldError("name", "Bitte einen Namen mit höchstens 200 Zeichen angeben."));
		} else if (organisations.all().stream().anyMatch(o -> o.name().equalsIgnoreCase(name.strip()))) {
			errors.add(new FieldError("name", "Diese Organisation gibt es schon."));
		}
		if (kind == null) {
			errors.add(new FieldError("kind", "Bitte die Art der Organisation wählen."));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return organisations.create(name.strip(), kind);
	}

	private static void checkDisplayName(String displayName, List<FieldError> errors) {
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
			errors.add(new FieldError("displayName", "Bitte den Namen der Person angeben (höchstens 200 Zeichen)."));
		}
	}

	private static void checkRole(Role role, List<FieldError> errors) {
		if (role == null) {
			errors.add(new FieldError("role", "Bitte eine Rolle wählen."));
		} else if (!ASSIGNABLE.contains(role)) {
			throw new AccessDeniedException("Diese Rolle kann eine Kommune nicht vergeben.");
		}
	}

	private void checkOrganisation(UUID organisationId, List<FieldError> errors) {
		if (organisationId == null || organisations.find(organisationId).isEmpty()) {
			errors.add(new FieldError("organisationId", "Bitte eine Organisation dieser Kommune wählen."));
		}
	}

	private void checkPassword(String password, String username, List<FieldError> errors) {
		passwords.problem(password, username).ifPresent(message -> errors.add(new FieldError("password", message)));
	}
}
