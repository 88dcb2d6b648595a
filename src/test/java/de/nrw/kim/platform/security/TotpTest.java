package de.nrw.kim.platform.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 appendix B test vectors (8 digits, the three HMAC variants) and our own rules on top. */
class TotpTest {

	private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] SHA512_KEY = ("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({
			"59, 94287082, 46119246, 90693936",
			"1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326",
			"1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901",
			"20000000000, 65353130, 77737706, 47863826" })
	void matchesTheRfcTestVectors(long time, String sha1, String sha256, String sha512) {
		long step = Totp.step(time);
		assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
		assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
		assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
	}

	@Test
	void base32RoundTripsAndMatchesRfc4648() {
		assertThat(Totp.Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(new String(Totp.Base32.decode("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
		String secret = Totp.newSecret();
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(Totp.Base32.encode(Totp.Base32.decode(secret))).isEqualTo(secret);
	}

	@Test
	void acceptsOneStepOfClockDriftAndNeverTheSameCodeTwice() {
		String secret = Totp.Base32.encode(SHA1_KEY);
		long now = 1_234_567_890L;
		long step = Totp.step(now);
		String current = Totp.code(SHA1_KEY, step, 6, "HmacSHA1");
		assertThat(Totp.matchingStep(secret, current, now, 0)).hasValue(step);
		assertThat(Totp.matchingStep(secret, current, now, step)).as("schon verwendet").isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step - 1, 6, "HmacSHA1"), now, 0)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step - 2, 6, "HmacSHA1"), now, 0)).as("zu alt").isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, null, now, 0)).isEmpty();
	}
}
