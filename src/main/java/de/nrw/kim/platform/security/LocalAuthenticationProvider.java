package de.nrw.kim.platform.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The local login (form and, in the demo, HTTP Basic). Every failure gets the same answer and costs
 * the same: unknown names, locked names and disabled accounts still have a password hashed, so
 * neither the message nor the time tells whether an account exists. Repeated failures lock the name
 * ({@link LoginAttempts}); accounts with a second factor also need the current one-time code.
 */
@Component
class LocalAuthenticationProvider implements AuthenticationProvider {

	static final String FAILED = "Benutzername oder Passwort stimmen nicht.";

	private final UserAccounts accounts;
	private final LoginAttempts attempts;
	private final TwoFactorEnrolments twoFactor;
	private final PasswordEncoder encoder;
	private final Clock clock;
	private final String dummyHash;

	LocalAuthenticationProvider(UserAccounts accounts, LoginAttempts attempts, TwoFactorEnrolments twoFactor,
			PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.attempts = attempts;
		this.twoFactor = twoFactor;
		this.encoder = encoder;
		this.clock = clock;
		this.dummyHash = encoder.encode("kein-konto-" + System.nanoTime());
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName().trim().toLowerCase(Locale.ROOT);
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		if (username.isEmpty() || username.length() > 100 || password.length() > 1024) {
			throw new BadCredentialsException(FAILED);
		}
		boolean locked = attempts.isLocked(username);
		Optional<KimPrincipal> account = accounts.findByUsername(username);
		boolean passwordMatches = encoder.matches(password, account.map(KimPrincipal::getPassword).orElse(dummyHash));
		if (locked) {
			throw new BadCredentialsException(FAILED);
		}
		if (!passwordMatches || account.isEmpty() || !account.get().isEnabled()
				|| !secondFactorAccepted(account.get(), authentication.getDetails())) {
			attempts.failed(username);
			throw new BadCredentialsException(FAILED);
		}
		attempts.succeeded(username);
		KimPrincipal principal = account.get();
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	private boolean secondFactorAccepted(KimPrincipal principal, Object details) {
		var enrolment = twoFactor.find(principal.currentUser().id());
		if (enrolment.isEmpty()) {
			return true;
		}
		String code = details instanceof LoginDetails login ? login.oneTimeCode() : null;
		OptionalLong step = Totp.matchingStep(enrolment.get().secret(), code, clock.millis() / 1000,
				enrolment.get().lastStep());
		return step.isPresent() && twoFactor.use(principal.currentUser().id(), step.getAsLong());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
