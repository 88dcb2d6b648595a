package de.nrw.kim.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules for every password that is set or changed (ASVS V2.1): at least 12 characters, at most
 * 72 bytes (BCrypt reads no further and refuses to hash longer ones), not containing the user name,
 * not on the list of common passwords shipped with the application.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	/** In UTF-8 bytes: umlauts count twice. */
	public static final int MAX_LENGTH = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("platform/common-passwords.txt");
	}

	/** The German reason why the password is not acceptable, or empty when it is. */
	public Optional<String> problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("Das Passwort muss mindestens " + MIN_LENGTH + " Zeichen lang sein.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
			return Optional.of("Das Passwort darf höchstens " + MAX_LENGTH
					+ " Zeichen lang sein (Umlaute und Sonderzeichen zählen doppelt).");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
			return Optional.of("Das Passwort darf den Benutzernamen nicht enthalten.");
		}
		if (common.contains(lower) || password.chars().distinct().count() <= 2) {
			return Optional.of("Dieses Passwort ist zu bekannt oder zu leicht zu erraten. Bitte wählen Sie ein anderes.");
		}
		return Optional.empty();
	}

	private static Set<String> load(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
