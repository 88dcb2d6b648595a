package de.nrw.kim.network.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;

import de.nrw.kim.platform.ValidationException;

/**
 * A document of a partner agreement: a PDF by its content (never by the name or the type the browser
 * sends), 1 byte to 10 MB, with a file name that is harmless in headers and file systems — the same
 * rules as the case file's documents (ADR 0204, 0708).
 */
public record AgreementFile(String fileName, byte[] content, String sha256) {

	public static final long MAX_BYTES = 10L * 1024 * 1024;
	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	public static AgreementFile of(String originalName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new ValidationException("file", "Bitte eine PDF-Datei auswählen.");
		}
		if (content.length > MAX_BYTES) {
			throw new ValidationException("file", "Die Datei ist zu groß: höchstens 10 MB.");
		}
		if (content.length < PDF.length || !Arrays.equals(content, 0, PDF.length, PDF, 0, PDF.length)) {
			throw new ValidationException("file", "Bitte eine PDF-Datei hochladen; diese Datei ist kein PDF.");
		}
		return new AgreementFile(safeName(originalName), content, sha256(content));
	}

	static String safeName(String originalName) {
		String name = originalName == null ? "" : originalName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace("ß", "ss")
				.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+|[._]+$", "");
		if (name.isEmpty()) {
			name = "vereinbarung";
		}
		return (name.length() > 100 ? name.substring(0, 100) : name) + ".pdf";
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
