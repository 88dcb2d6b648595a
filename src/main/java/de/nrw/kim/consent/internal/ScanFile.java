package de.nrw.kim.consent.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import de.nrw.kim.platform.ValidationException;

/** The scan of a signed consent form: PDF, JPEG or PNG recognised by content, at most 10 MB. */
public record ScanFile(String fileName, String mediaType, byte[] content, String sha256) {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static ScanFile of(byte[] content) {
		if (content == null || content.length == 0) {
			throw new ValidationException("file", "Bitte eine Datei auswählen (PDF, JPEG oder PNG).");
		}
		if (content.length > MAX_BYTES) {
			throw new ValidationException("file", "Die Datei ist zu groß. Erlaubt sind höchstens 10 MB.");
		}
		String type = detect(content);
		if (type == null) {
			throw new ValidationException("file", "Nur PDF, JPEG oder PNG sind erlaubt – der Inhalt der Datei ist keins davon.");
		}
		String extension = type.equals("application/pdf") ? "pdf" : type.equals("image/png") ? "png" : "jpg";
		return new ScanFile("einwilligung-unterschrieben." + extension, type, content, sha256(content));
	}

	private static String detect(byte[] c) {
		if (starts(c, new byte[] { '%', 'P', 'D', 'F', '-' })) {
			return "application/pdf";
		}
		if (starts(c, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return "image/png";
		}
		if (starts(c, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "image/jpeg";
		}
		return null;
	}

	private static boolean starts(byte[] content, byte[] signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
