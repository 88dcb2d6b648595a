package de.nrw.kim.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUnusualPassword() {
		assertThat(policy.problem("Feldweg-Regen-Kaffee-42", "cm.koeln")).isEmpty();
		assertThat(policy.problem("zwölf Zeichen", "cm.koeln")).isEmpty();
	}

	@Test
	void refusesShortOnesWithAGermanReason() {
		assertThat(policy.problem("kurz", "cm.koeln")).hasValue("Das Passwort muss mindestens 12 Zeichen lang sein.");
		assertThat(policy.problem(null, "cm.koeln")).isPresent();
		assertThat(policy.problem("Regen-Feldweg-" + "x".repeat(59), "cm.koeln")).hasValueSatisfying(m -> assertThat(m).contains("höchstens 72"));
		assertThat(policy.problem("Regen-Feldweg-" + "ä".repeat(29), "cm.koeln")).as("72 Bytes").isEmpty();
		assertThat(policy.problem("Regen-Feldweg-" + "ä".repeat(30), "cm.koeln")).as("74 Bytes").isPresent();
	}

	@Test
	void refusesTheUserName() {
		assertThat(policy.problem("CM.Koeln-2026-abc", "cm.koeln")).hasValue("Das Passwort darf den Benutzernamen nicht enthalten.");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(policy.problem("Passwort1234", "cm.koeln")).hasValueSatisfying(m -> assertThat(m).contains("zu bekannt"));
		assertThat(policy.problem("QWERTZUIOP123", "cm.koeln")).isPresent();
		assertThat(policy.problem("aaaaaaaaaaaaaaa", "cm.koeln")).isPresent();
	}
}
