package de.nrw.kim.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own local account. */
@RestController
@Tag(name = "Plattform")
class AccountApiController {

	private final OwnAccount account;

	AccountApiController(OwnAccount account) {
		this.account = account;
	}

	@PostMapping("/api/v1/me/password")
	@Operation(summary = "Eigenes Passwort ändern",
			description = "Mindestens 12 Zeichen, nicht der Benutzername, kein bekanntes Passwort. Beendet alle Sitzungen des Kontos.")
	ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
		account.changePassword(change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}
}
