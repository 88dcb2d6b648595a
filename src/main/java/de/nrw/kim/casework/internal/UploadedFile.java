package de.nrw.kim.casework.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A file to be stored in a case file: PDF, JPEG or PNG by content, 1 byte to 20 MB, with a title
 * (the file name if none is given) and a safe file name whose extension matches the real type.
 */
public record UploadedFile(String title, String fileName, DocumentType type, byte[] content, String sha256) {

	public static final long MAX_BYTES = 20L * 1024 * 1024;
	public static final int TITLE_MAX = 200;

	public static UploadedFile of(String title, String originalName, byte[] content) {
		List<Violation> violations = new ArrayList<>();
		DocumentType type = null;
		if (content == null || content.length == 0) {
			violations.add(new Violation("file", "casework.error.document.empty"));
		} else if (content.length > MAX_BYTES) {
			violations.add(new Violation("file", "casework.error.document.tooLarge"));
		} else {
			type = DocumentType.detect(content).orElse(null);
			if (type == null) {
				violations.add(new Violation("file", "casework.error.document.type"));
			}
		}
		String cleanTitle = Texts.line("title", title, TITLE_MAX, false, violations);
		CaseInputException.throwIfAny(violations);
		String fileName = safeFileName(originalName, type);
		return new UploadedFile(cleanTitle == null ? fileName : cleanTitle, fileName, type, content, sha256(content));
	}

	/**
	 * A file name that is harmless everywhere it ends up (headers, file systems, other programs):
	 * the base name of what was sent, reduced to letters, digits, dot, dash and underscore, at most
	 * 100 characters, with the extension of the recognised type.
	 */
	static String safeFileName(String originalName, DocumentType type) {
		String name = originalName == null ? "" : originalName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
				.replace("ß", "ss").replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+|[._]+$", "");
		if (name.isEmpty()) {
			name = "dokument";
		}
		if (name.length() > 100) {
			name = name.substring(0, 100);
		}
		return name + "." + type.extension().toLowerCase(Locale.ROOT);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
