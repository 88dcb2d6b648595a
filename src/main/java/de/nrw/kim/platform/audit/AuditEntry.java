package de.nrw.kim.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import de.nrw.kim.platform.AuditAction;

/** One entry of the audit trail, as the API shows it. */
record AuditEntry(long seq, Instant at, String actor, AuditAction action, String entityType, UUID entityId,
		UUID clientId, String purpose, String previousHash, String hash) {

	/** SHA-256 over the predecessor's hash and every field: changing any stored value breaks the chain. */
	static String hashOf(String municipality, long seq, Instant at, String actor, AuditAction action, String entityType,
			UUID entityId, UUID clientId, String purpose, String previousHash) {
		String canonical = String.join("\u001f", municipality, Long.toString(seq), at.toString(), actor, action.name(),
				entityType, String.valueOf(entityId), String.valueOf(clientId), String.valueOf(purpose), previousHash);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	boolean matches(String municipality) {
		return hash.equals(hashOf(municipality, seq, at, actor, action, entityType, entityId, clientId, purpose,
				previousHash));
	}
}
