package de.nrw.kim.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keyed-hash pseudonyms (HMAC-SHA256) for the evaluation extract, ADR 0605. The key comes from
 * {@code kim.reporting.pseudonym-key} (Base64, at least 32 bytes) or, when that is empty, from the
 * database, where it is created at random on first use. The same case gets the same pseudonym in every
 * extract, so evaluators can follow it over years; without the key nobody can go back to the case.
 */
@Component
class Pseudonyms {

	private final JdbcClient jdbc;
	private final String configured;
	private volatile byte[] key;

	Pseudonyms(JdbcClient jdbc, @Value("${kim.reporting.pseudonym-key:}") String configured) {
		this.jdbc = jdbc;
		this.configured = configured;
	}

	String of(String kind, Object id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] hash = mac.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] key() {
		if (key == null) {
			key = configured.isBlank() ? stored() : decode(configured);
		}
		return key;
	}

	private static byte[] decode(String base64) {
		byte[] decoded = Base64.getDecoder().decode(base64.trim());
		if (decoded.length < 32) {
			throw new IllegalStateException("kim.reporting.pseudonym-key muss mindestens 32 Byte (Base64) lang sein");
		}
		return decoded;
	}

	private byte[] stored() {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		jdbc.sql("insert into reporting_pseudonym_key (id, secret) values (1, :s) on conflict (id) do nothing")
				.param("s", fresh).update();
		return jdbc.sql("select secret from reporting_pseudonym_key where id = 1").query(byte[].class).single();
	}
}
