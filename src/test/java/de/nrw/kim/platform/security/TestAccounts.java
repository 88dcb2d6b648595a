package de.nrw.kim.platform.security;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;

/** Fresh accounts in Köln, created through the administration API, so tests never disturb the demo users. */
public final class TestAccounts {

	public static final String PASSWORD = "Ein-langes-Passwort-2026";

	private TestAccounts() {
	}

	static ApiClient admin(int port) {
		return ApiClient.as(port, "admin.koeln");
	}

	/** Creates an account and answers its id; the user name is {@code prefix} plus a random suffix. */
	public static Created create(int port, String prefix, String role) {
		String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "Test " + prefix,
				"role", role, "organisationId", organisation(port), "password", PASSWORD));
		ApiClient.Response created = admin(port).post("/users", body);
		if (created.status() != 201) {
			throw new IllegalStateException("Konto nicht angelegt: " + created.json());
		}
		return new Created(created.text("id"), username);
	}

	static String organisation(int port) {
		return admin(port).get("/organisations").json().valueStream()
				.filter(o -> o.path("name").asString().contains("Integrationszentrum")).findFirst().orElseThrow()
				.path("id").asString();
	}

	public record Created(String id, String username) {
	}
}
