package de.nrw.kim.platform.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What users do with their own local account: change the password, set up or remove the second factor. */
@Service
public class OwnAccount {

	/** Roles that may (and should) protect their login with a second factor. */
	static final Set<Role> TWO_FACTOR_ROLES = EnumSet.of(Role.MUNICIPAL_ADMIN, Role.SYSTEM_ADMIN);

	private final UserAccounts accounts;
	private final TwoFactorEnrolments twoFactor;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final UserSessions sessions;
	private final Clock clock;

	OwnAccount(UserAccounts accounts, TwoFactorEnrolments twoFactor, PasswordPolicy policy, PasswordEncoder encoder,
			UserSessions sessions, Clock clock) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.policy = policy;
		this.encoder = encoder;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Changes the password after checking the current one; every session of the user ends. */
	@Transactional
	public void changePassword(String currentPassword, String newPassword) {
		KimPrincipal account = localAccount();
		if (currentPassword == null || !encoder.matches(currentPassword, account.getPassword())) {
			throw new ValidationException("currentPassword", "Das bisherige Passwort stimmt nicht.");
		}
		policy.problem(newPassword, account.getUsername()).ifPresent(message -> {
			throw new ValidationException("newPassword", message);
		});
		if (encoder.matches(newPassword, account.getPassword())) {
			throw new ValidationException("newPassword", "Das neue Passwort muss sich vom bisherigen unterscheiden.");
		}
		accounts.changeOwnPassword(account.currentUser().id(), encoder.encode(newPassword));
		sessions.endAllOf(account.getUsername());
	}

	/** Whether the user logged in with a local account (not through the identity provider). */
	@Transactional(readOnly = true)
	public boolean isLocal() {
		return CurrentUser.find().flatMap(user -> accounts.findByUsername(user.username())
				.filter(account -> account.currentUser().id().equals(user.id()))).isPresent();
	}

	@Transactional(readOnly = true)
	public boolean twoFactorEnabled() {
		return twoFactor.find(localAccount().currentUser().id()).isPresent();
	}

	public boolean mayUseTwoFactor() {
		return CurrentUser.find().map(user -> user.roles().stream().anyMatch(TWO_FACTOR_ROLES::contains)).orElse(false);
	}

	/** A new secret to show for enrolment; it only counts once confirmed with a code. */
	public String newSecret() {
		requireTwoFactorRole();
		return Totp.newSecret();
	}

	/** The link authenticator apps read from the QR code (Key Uri Format). */
	public String otpauthUri(String secret) {
		String user = CurrentUser.require().username();
		return "otpauth://totp/KIM-Plattform:" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)
				+ "?secret=" + secret + "&issuer=KIM-Plattform&algorithm=SHA1&digits=" + Totp.DIGITS + "&period="
				+ Totp.STEP_SECONDS;
	}

	/** Turns the second factor on when the code made with {@code secret} is right. */
	@Transactional
	public void enableTwoFactor(String secret, String code) {
		requireTwoFactorRole();
		KimPrincipal account = localAccount();
		if (secret == null) {
			throw new ValidationException("code", "Bitte laden Sie die Seite neu und scannen Sie den QR-Code erneut.");
		}
		OptionalLong step = Totp.matchingStep(secret, code, clock.millis() / 1000, 0);
		if (step.isEmpty()) {
			throw new ValidationException("code", "Der Code stimmt nicht. Bitte geben Sie die sechs Ziffern ein, die Ihre App gerade anzeigt.");
		}
		twoFactor.enable(account.currentUser().id(), secret, step.getAsLong());
	}

	/** Turns the second factor off; needs a current code, so a forgotten open session is not enough. */
	@Transactional
	public void disableTwoFactor(String code) {
		KimPrincipal account = localAccount();
		var enrolment = twoFactor.find(account.currentUser().id())
				.orElseThrow(() -> new ValidationException("code", "Die Zwei-Faktor-Anmeldung ist nicht eingerichtet."));
		OptionalLong step = Totp.matchingStep(enrolment.secret(), code, clock.millis() / 1000, enrolment.lastStep());
		if (step.isEmpty() || !twoFactor.use(account.currentUser().id(), step.getAsLong())) {
			throw new ValidationException("code", "Der Code stimmt nicht.");
		}
		twoFactor.disable(account.currentUser().id());
	}

	private void requireTwoFactorRole() {
		if (!mayUseTwoFactor()) {
			throw new AccessDeniedException("Die Zwei-Faktor-Anmeldung ist für Verwaltungskonten vorgesehen.");
		}
	}

	private KimPrincipal localAccount() {
		CurrentUser user = CurrentUser.require();
		return accounts.findByUsername(user.username()).filter(account -> account.currentUser().id().equals(user.id()))
				.orElseThrow(() -> new AccessDeniedException("Dieses Konto wird beim Identitätsanbieter verwaltet."));
	}
}
