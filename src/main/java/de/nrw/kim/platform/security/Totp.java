package de.nrw.kim.platform.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 on top of HOTP, RFC 4226) as authenticator apps make them:
 * HMAC-SHA1, 30-second steps, 6 digits. Accepts the step before and after the current one for clock
 * drift.
 */
final class Totp {

	static final int STEP_SECONDS = 30;
	static final int DIGITS = 6;
	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };
	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new shared secret of 160 bits, Base32 as the apps expect it. */
	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return Base32.encode(secret);
	}

	static long step(long epochSeconds) {
		return Math.floorDiv(epochSeconds, STEP_SECONDS);
	}

	/** The code for a time step (RFC 4226 section 5.3: dynamic truncation). */
	static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String code = Integer.toString(binary % POWERS[digits]);
			return "0".repeat(digits - code.length()) + code;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The time step whose code matches, if any within one step of now and after {@code lastUsedStep}
	 * (a code is accepted only once).
	 */
	static OptionalLong matchingStep(String base32Secret, String code, long epochSeconds, long lastUsedStep) {
		if (code == null) {
			return OptionalLong.empty();
		}
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		byte[] key = Base32.decode(base32Secret);
		long now = step(epochSeconds);
		for (long step = now - 1; step <= now + 1; step++) {
			boolean equal = MessageDigest.isEqual(code(key, step, DIGITS, "HmacSHA1").getBytes(), digits.getBytes());
			if (equal && step > lastUsedStep) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** RFC 4648 Base32 without padding, upper case. */
	static final class Base32 {

		private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

		private Base32() {
		}

		static String encode(byte[] data) {
			StringBuilder out = new StringBuilder();
			int buffer = 0;
			int bits = 0;
			for (byte b : data) {
				buffer = (buffer << 8) | (b & 0xff);
				bits += 8;
				while (bits >= 5) {
					out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
					bits -= 5;
				}
			}
			if (bits > 0) {
				out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
			}
			return out.toString();
		}

		static byte[] decode(String text) {
			String clean = text.replace("=", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
			ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
			int buffer = 0;
			int bits = 0;
			for (char c : clean.toCharArray()) {
				int value = ALPHABET.indexOf(c);
				if (value < 0) {
					throw new IllegalArgumentException("Kein Base32-Zeichen: " + c);
				}
				buffer = (buffer << 5) | value;
				bits += 5;
				if (bits >= 8) {
					out.put((byte) (buffer >> (bits - 8)));
					bits -= 8;
				}
			}
			return out.array();
		}
	}
}
